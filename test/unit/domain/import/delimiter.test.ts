import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../src/domain/import/delimiter';

describe('detectDelimiter', () => {
  it('finds ; below a title row, with comma decimals and branch tax codes', () => {
    expect(detectDelimiter('DANH SÁCH\nTên;MST;Vốn\nA;0101234567-001;1,5\nB;0101234568;2,25\n')).toBe(';');
  });
  it('finds tabs and commas', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n"1;2",3\n')).toBe(',');
  });
});
