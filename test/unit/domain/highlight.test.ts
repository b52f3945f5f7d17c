import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/domain/highlight';

const marked = (text: string, tokens: string[], skip?: RegExp) =>
  highlightRanges(text, tokens, skip).map(([a, b]) => text.slice(a, b));

describe('highlightRanges', () => {
  it('marks the original, accented characters a folded word matched', () => {
    expect(marked('Công ty TNHH Phước Lộc', ['phuoc', 'loc'])).toEqual(['Phước', 'Lộc']);
  });

  it('maps decomposed (NFD) text back to whole characters', () => {
    expect(marked('Hoà Bình'.normalize('NFD'), ['hoa'])).toEqual(['Hoà'.normalize('NFD')]);
  });

  it('merges overlapping matches and skips separators when asked', () => {
    expect(marked('Đức Đông', ['duc', 'uc d'])).toEqual(['Đức Đ']);
    expect(marked('0314409058-002', ['0314409058002'], /-/)).toEqual(['0314409058-002']);
  });

  it('marks nothing without words', () => {
    expect(highlightRanges('abc', [])).toEqual([]);
  });
});
