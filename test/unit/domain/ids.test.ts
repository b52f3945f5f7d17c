import { describe, expect, it } from 'vitest';
import { idForNew, taxCodeId } from '../../../src/domain/ids';

describe('taxCodeId', () => {
  it('derives the id from the canonical tax code, branch suffix included', () => {
    expect(taxCodeId('0100233488')).toBe('mst-0100233488');
    expect(taxCodeId('0314409058-002')).toBe('mst-0314409058-002');
    // Separators as the validation reads them: one organisation, one id.
    expect(taxCodeId('0314 409 058.002')).toBe('mst-0314409058-002');
    expect(taxCodeId('0314409058002')).toBe('mst-0314409058-002');
  });

  it('gives none for no code, a code failing its check, or a personal ID number', () => {
    expect(taxCodeId('')).toBeNull();
    expect(taxCodeId('0100233480')).toBeNull();
    expect(taxCodeId('100233488')).toBeNull();
    expect(taxCodeId('001085012345')).toBeNull();
    expect(taxCodeId('0314409058-000')).toBeNull();
  });
});

describe('idForNew', () => {
  const random = () => 'random-id';
  it('uses the derived id unless this phone already holds a record under it', () => {
    expect(idForNew('0100233488', () => false, random)).toBe('mst-0100233488');
    expect(idForNew('0100233488', (id) => id === 'mst-0100233488', random)).toBe('random-id');
    expect(idForNew('', () => false, random)).toBe('random-id');
  });
});
