/**
 * Which of `,` `;` tab separates the columns. Title rows above the header hold
 * few or no separators, so the vote is the most common non-zero count per line,
 * weighted by how many lines agree (quoted text is ignored).
 */
export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: Delimiter[] = [',', ';', '\t'];

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r?\n/, 60).filter((l) => l.trim() !== '');
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    for (const [count, lineCount] of freq) {
      const score = lineCount * 1000 + count;
      if (lineCount >= 1 && score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
  }
  return best;
}
