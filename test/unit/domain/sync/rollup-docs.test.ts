import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../../../src/domain/sync/docs';
import { sameQuota, sameSummary, toQuotaDoc, toSummaryDocs } from '../../../../src/domain/sync/rollup-docs';
import { figures, summaryOf } from '../rollup/rollup-fixture';

const summary = summaryOf('46', ['31000', '31001'], 1_000);
const quota = { code: '31000', enterprisePct: 90, otherPct: null, deadline: '2025-09-30', setBy: 'Sở KH&CN', setAt: 2_000 };

describe('summary documents', () => {
  it('one per commune the Settings name, each the same summary as the file with that commune alone', () => {
    const docs = toSummaryDocs(summary, new Set(['31001', '99999']));
    expect(docs).toEqual([{ _id: 'summary:31001', type: 'summary', summary: { ...summary, communes: [figures('31001')] } }]);
    expect(parseDoc({ ...docs[0], _rev: '1-a' })).toMatchObject({ kind: 'summary', doc: docs[0] });
  });

  it('a summary document of another commune than its id, of two communes, or with bad figures is refused', () => {
    const [doc] = toSummaryDocs(summary, new Set(['31000']));
    expect(parseDoc({ ...doc, _id: 'summary:31001' })).toEqual({ kind: 'refused', id: 'summary:31001', problem: 'invalid' });
    expect(parseDoc({ ...doc, summary })).toEqual({ kind: 'refused', id: 'summary:31000', problem: 'invalid' });
    const bad = { ...doc!.summary, communes: [figures('31000', { count: { enterprise: -1 } as never })] };
    expect(parseDoc({ ...doc, summary: bad }).kind).toBe('refused');
    expect(parseDoc({ ...doc, summary: { ...doc!.summary, version: 2 } }).kind).toBe('refused');
  });

  it('equal figures computed later or by a teammate are the same document (not written again); changed figures are not', () => {
    const [doc] = toSummaryDocs(summary, new Set(['31000']));
    const later = toSummaryDocs({ ...summary, computedAt: 9_000, computedBy: 'Tổ CNS — Mai' }, new Set(['31000']))[0]!;
    // Stored and read back: keys in the schema's order, not the builder's.
    const stored = JSON.parse(JSON.stringify({ ...doc, _rev: '3-x' }));
    expect(sameSummary(stored, later)).toBe(true);
    const changed = toSummaryDocs({ ...summary, communes: [figures('31000', { recentIssued: { enterprise: 1, other: 0 } })] }, new Set(['31000']))[0]!;
    expect(sameSummary(stored, changed)).toBe(false);
    expect(sameSummary(undefined, later)).toBe(false);
  });
});

describe('quota documents', () => {
  it('carry a one-commune quota file stamped with who set it and when', () => {
    const doc = toQuotaDoc('46', quota, 5);
    expect(doc.quotas).toMatchObject({ format: 'eid-field-kit/quotas', provinceCode: '46', setBy: 'Sở KH&CN', setAt: 2_000 });
    expect(doc.quotas.quotas).toEqual([{ code: '31000', enterprisePct: 90, otherPct: null, deadline: '2025-09-30' }]);
    expect(parseDoc(doc)).toMatchObject({ kind: 'quota', doc });
    expect(sameQuota(JSON.parse(JSON.stringify(doc)), toQuotaDoc('46', quota, 7))).toBe(true);
    expect(sameQuota(doc, toQuotaDoc('46', { ...quota, setAt: 3_000 }, 7))).toBe(false);
  });

  it('a quota document naming another commune than its id, or out of range, is refused', () => {
    const doc = toQuotaDoc('46', quota, 5);
    expect(parseDoc({ ...doc, _id: 'quota:31001' })).toEqual({ kind: 'refused', id: 'quota:31001', problem: 'invalid' });
    const wrong = { ...doc.quotas, quotas: [{ ...doc.quotas.quotas[0]!, enterprisePct: 140 }] };
    expect(parseDoc({ ...doc, quotas: wrong })).toEqual({ kind: 'refused', id: 'quota:31000', problem: 'invalid' });
  });
});
