/**
 * Search folding for Vietnamese: lower case, no diacritics, đ→d, single spaces.
 * Tone-mark placement (Hoà/Hòa) disappears with the marks themselves.
 * Ð/ð (U+00D0/U+00F0) are look-alikes that arrive from bad conversions.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0]+/g;

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** NFC, invisible characters removed, runs of spaces collapsed: the form every stored text takes. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
