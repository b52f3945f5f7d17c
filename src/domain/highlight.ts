import { fold } from './fold';

const COMBINING = /[\u0300-\u036f]/;

export type Range = [start: number, end: number];

/**
 * Where folded search words occur in the original text, as ranges of the
 * original string, so "phuoc loc" marks "Phước Lộc". Characters matching `skip`
 * (e.g. the dash of a branch tax code) are ignored, as the search ignores them.
 */
export function highlightRanges(text: string, tokens: readonly string[], skip?: RegExp): Range[] {
  if (tokens.length === 0 || !text) return [];
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (skip?.test(ch)) continue;
    const f = /\s/.test(ch) ? ' ' : fold(ch);
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      origin.push(i);
    }
  }
  const ranges: Range[] = [];
  for (const token of tokens) {
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + token.length)) {
      let end = origin[at + token.length - 1]! + 1;
      // A decomposed letter's marks belong to it: never cut "Hoà" after the "a".
      while (end < text.length && COMBINING.test(text[end]!)) end++;
      ranges.push([origin[at]!, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
