import { describe, expect, it } from 'vitest';
import { buildQuotaFile, quotasForCommunes, readQuotaFile } from '../../../../src/domain/rollup/quota-file';

const SET_AT = Date.parse('2025-05-10T08:00:00Z');

describe('quota files', () => {
  const quotas = [
    { code: '31001', enterprisePct: 90, otherPct: 60, deadline: '2025-06-30', setBy: 'x', setAt: 1 },
    { code: '31000', enterprisePct: 80, otherPct: null, deadline: null },
    { code: '31002', enterprisePct: null, otherPct: null, deadline: null },
  ];

  it('writes the set quotas, sorted, without their local stamps, and reads them back', () => {
    const file = buildQuotaFile('46', quotas, 'Nguyễn Văn Bình — UBND TP Huế', SET_AT)!;
    expect(file.quotas).toEqual([
      { code: '31000', enterprisePct: 80, otherPct: null, deadline: null },
      { code: '31001', enterprisePct: 90, otherPct: 60, deadline: '2025-06-30' },
    ]);
    const read = readQuotaFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
    expect(buildQuotaFile('46', [quotas[2]!], 'x', SET_AT)).toBeNull();
  });

  it('gives a commune phone only its own communes, stamped with who set them and when', () => {
    const file = buildQuotaFile('46', quotas, 'Bình', SET_AT)!;
    expect(quotasForCommunes(file, new Set(['31001', '99999']))).toEqual([
      { code: '31001', enterprisePct: 90, otherPct: 60, deadline: '2025-06-30', setBy: 'Bình', setAt: SET_AT },
    ]);
    expect(quotasForCommunes(file, new Set(['00004']))).toEqual([]);
  });

  it('refuses what is not a quota file, a newer format and a damaged one', () => {
    const file = buildQuotaFile('46', quotas, 'Bình', SET_AT)!;
    expect(readQuotaFile('not json')).toEqual({ ok: false, problem: 'not_quota' });
    expect(readQuotaFile(JSON.stringify({ format: 'eid-field-kit/commune-summary', version: 1 }))).toEqual({ ok: false, problem: 'not_quota' });
    expect(readQuotaFile(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, problem: 'newer_version' });
    expect(readQuotaFile(JSON.stringify({ ...file, quotas: [{ code: '31000', enterprisePct: 150, otherPct: null, deadline: null }] }))).toEqual({ ok: false, problem: 'damaged' });
  });
});
