import type { GuideLetter, GuideSource } from './schema';

/** "ngày 09/6/2025", "tháng 5/2024" or "năm 2024", by how much of the date the copy bears. */
function datePhrase(date: string): string {
  const parts = date.split('/').length;
  return `${parts === 3 ? 'ngày' : parts === 2 ? 'tháng' : 'năm'} ${date}`;
}

/** "Công văn 3701/VPCP-KSTT ngày 29/5/2024 của Văn phòng Chính phủ". */
function citeLetter(letter: GuideLetter): string {
  return `${letter.type} ${letter.number} ${datePhrase(letter.date)} của ${letter.issuer}`;
}

/** How a source reads to anyone: a letter by its citation and subject, a web page by its title. Never a file name. */
export function citeSource(source: GuideSource): string {
  return source.letter ? `${citeLetter(source.letter)}: ${source.label}` : source.label;
}
