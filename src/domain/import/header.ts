import { type ColumnMapping, guessMapping } from './fields';

/**
 * Finds the header below any title rows ("DANH SÁCH DOANH NGHIỆP…", "Tính đến
 * ngày…"). A two-row header with merged cells ("Người đại diện" over "Họ tên" |
 * "Điện thoại") is read as one: a merged parent spreads right over the cells its
 * child row fills, and each column is named "parent child".
 */
export interface HeaderInfo {
  /** 0-based index of the first data row. */
  dataStart: number;
  /** 0-based index of the (first) header row. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
}

const SCAN_ROWS = 30;

function score(mapping: ColumnMapping): number {
  return Object.keys(mapping).length;
}

function combine(parent: string[], child: string[]): string[] {
  const width = Math.max(parent.length, child.length);
  const out: string[] = [];
  let spread = '';
  for (let i = 0; i < width; i++) {
    const p = (parent[i] ?? '').trim();
    const c = (child[i] ?? '').trim();
    if (p) spread = p;
    else if (!c) spread = '';
    const owner = p || (c ? spread : '');
    out.push([owner, c].filter(Boolean).join(' '));
  }
  return out;
}

/** A data row has codes and phone numbers; a sub-header row has short labels only. */
function looksLikeSubHeader(row: string[]): boolean {
  return row.some((c) => c.trim() !== '') && row.every((c) => !/\d{5}/.test(c) && c.length < 60);
}

export function detectHeader(rows: string[][]): HeaderInfo | null {
  let best: HeaderInfo | null = null;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const single = rows[r]!.map((c) => c.trim());
    const candidates: HeaderInfo[] = [{ dataStart: r + 1, headerRow: r, headers: single, mapping: guessMapping(single) }];
    if (r + 1 < rows.length && looksLikeSubHeader(rows[r + 1]!)) {
      const merged = combine(single, rows[r + 1]!);
      const mapping = guessMapping(merged);
      // Two rows only when they name more columns than either row alone (a title above a header does not).
      const next = guessMapping(rows[r + 1]!.map((c) => c.trim()));
      if (score(mapping) > Math.max(score(candidates[0]!.mapping), score(next)))
        candidates.push({ dataStart: r + 2, headerRow: r, headers: merged, mapping });
    }
    for (const c of candidates) {
      if (score(c.mapping) >= 2 && (!best || score(c.mapping) > score(best.mapping))) best = c;
    }
  }
  return best;
}
