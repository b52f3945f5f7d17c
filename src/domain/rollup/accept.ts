import type { ReceivedCommune, SummaryReadProblem } from './received';
import { readSummary, receivedRows } from './received';

/** Why a file, or one commune in it, was not taken; each names the file. */
export type SummaryProblem =
  | { code: SummaryReadProblem; file: string }
  | { code: 'other_province'; file: string; province: string; expected: string }
  | { code: 'older' | 'duplicate'; file: string; commune: string; keptFile: string };

/** A commune whose figures now come from a newer file than before. */
export interface SummaryReplaced {
  commune: string;
  file: string;
  previousFile: string;
}

export interface AcceptResult {
  /** Rows to write: new communes and newer figures. */
  accepted: ReceivedCommune[];
  replaced: SummaryReplaced[];
  problems: SummaryProblem[];
}

/**
 * Takes summary files into what is already open: per commune the newest figures
 * win (by the time they were computed); an older or identical copy changes
 * nothing and is reported with the file that is kept; a file of another
 * province than the one open (or the first accepted) changes nothing.
 */
export function acceptSummaries(current: readonly ReceivedCommune[], files: readonly { name: string; text: string }[], province: string | null): AcceptResult {
  const kept = new Map(current.map((r) => [r.code, r]));
  const changed = new Map<string, ReceivedCommune>();
  const replaced = new Map<string, SummaryReplaced>();
  const problems: SummaryProblem[] = [];
  let expected = province ?? current[0]?.provinceCode ?? null;
  for (const file of files) {
    const read = readSummary(file.text);
    if (!read.ok) {
      problems.push({ code: read.problem, file: file.name });
      continue;
    }
    if (expected !== null && read.summary.provinceCode !== expected) {
      problems.push({ code: 'other_province', file: file.name, province: read.summary.provinceCode, expected });
      continue;
    }
    expected = read.summary.provinceCode;
    for (const row of receivedRows(read.summary, file.name)) {
      const before = kept.get(row.code);
      if (before && before.computedAt >= row.computedAt) {
        problems.push({ code: before.computedAt === row.computedAt ? 'duplicate' : 'older', file: file.name, commune: row.code, keptFile: before.fileName });
        continue;
      }
      if (before) {
        const first = replaced.get(row.code)?.previousFile ?? before.fileName;
        replaced.set(row.code, { commune: row.code, file: file.name, previousFile: first });
      }
      kept.set(row.code, row);
      changed.set(row.code, row);
    }
  }
  return { accepted: [...changed.values()], replaced: [...replaced.values()], problems };
}
