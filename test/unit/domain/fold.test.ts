import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextSlowly, fold, foldSlowly } from '../../../src/domain/fold';

/** Vietnamese-looking text in NFC or NFD, with the spaces and invisible characters real files carry. */
const vietnamese = fc
  .array(fc.constantFrom('Nguyễn', 'Đức', 'ð', 'Hoà', 'Thủy', 'Ạ', 'ẞ', 'İ', 'Ω', 'ς', ' ', '\u00a0', '\u200b', '\t', '\u3000', '\ufeff', 'Công ty', '😀', '\u0301', 'x'))
  .chain((parts) => fc.constantFrom(parts.join(''), parts.join('').normalize('NFD')));
const anyText = fc.oneof(vietnamese, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('fold', () => {
  it('removes diacritics and case from NFC and NFD input alike', () => {
    expect(fold('Nguyễn Văn Đức, Thanh Hoá')).toBe('nguyen van duc, thanh hoa');
    expect(fold('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });

  it('maps đ/Đ and the look-alikes ð/Ð to d', () => {
    expect(fold('Đồng Đăng đường')).toBe('dong dang duong');
    expect(fold('Ðà Nẵng ðường')).toBe('da nang duong');
  });

  it('treats old and new tone-mark placement the same (Hoà = Hòa, Thuỷ = Thủy)', () => {
    expect(fold('Hoà')).toBe(fold('Hòa'));
    expect(fold('Thuỷ')).toBe(fold('Thủy'));
  });

  it('collapses NBSP, zero-width characters and runs of spaces', () => {
    expect(fold('  Công\u00a0ty\u200b   Phước  Lộc ')).toBe('cong ty phuoc loc');
  });

  it('gives exactly what its slow definition gives, for any text', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(fold(text)).toBe(foldSlowly(text));
    }), { numRuns: 2000 });
  });
});

describe('cleanText', () => {
  it('gives exactly what its slow definition gives, for any text', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(cleanText(text)).toBe(cleanTextSlowly(text));
    }), { numRuns: 2000 });
  });

  it('stores NFC without invisible characters or doubled spaces', () => {
    const cleaned = cleanText(' Nguyễn\u200b  Văn '.normalize('NFD'));
    expect(cleaned).toBe('Nguyễn Văn');
    expect(cleaned).toBe(cleaned.normalize('NFC'));
  });
});
