import { describe, expect, it } from 'vitest';
import { acceptSummaries } from '../../../../src/domain/rollup/accept';
import type { CommuneSummary } from '../../../../src/domain/rollup/summary';
import { summaryOf } from './rollup-fixture';

const file = (name: string, s: CommuneSummary | object | string) => ({ name, text: typeof s === 'string' ? s : JSON.stringify(s) });

describe('acceptSummaries', () => {
  const a = summaryOf('46', ['31000'], 1000);
  const b = summaryOf('46', ['31001'], 1000);

  it('takes new communes from several files at once', () => {
    const r = acceptSummaries([], [file('a.json', a), file('b.json', b)], null);
    expect(r.accepted.map((x) => [x.code, x.fileName])).toEqual([['31000', 'a.json'], ['31001', 'b.json']]);
    expect(r.problems).toEqual([]);
  });

  it('keeps the newest summary of a commune and says which file was used', () => {
    const [old] = acceptSummaries([], [file('cu.json', a)], null).accepted;
    const newer = summaryOf('46', ['31000'], 2000);
    const r = acceptSummaries([old!], [file('moi.json', newer)], null);
    expect(r.accepted.map((x) => x.fileName)).toEqual(['moi.json']);
    expect(r.replaced).toEqual([{ commune: '31000', file: 'moi.json', previousFile: 'cu.json' }]);
    const back = acceptSummaries(r.accepted, [file('cu.json', a)], null);
    expect(back.accepted).toEqual([]);
    expect(back.problems).toEqual([{ code: 'older', file: 'cu.json', commune: '31000', keptFile: 'moi.json' }]);
    const again = acceptSummaries(r.accepted, [file('ban-sao.json', newer)], null);
    expect(again.problems).toEqual([{ code: 'duplicate', file: 'ban-sao.json', commune: '31000', keptFile: 'moi.json' }]);
  });

  it('refuses another province, a newer format, a file that is not a summary, a damaged one — changing nothing', () => {
    const [open] = acceptSummaries([], [file('a.json', a)], null).accepted;
    const r = acceptSummaries(
      [open!],
      [
        file('ha-noi.json', summaryOf('01', ['00004'], 3000)),
        file('moi-hon.json', { ...summaryOf('46', ['31002'], 3000), version: 2 }),
        file('danh-sach.csv', 'Tên,Mã số thuế\nA,0100233488'),
        file('sao-luu.json', { format: 'eid-field-kit/backup', version: 1 }),
        file('hong.json', { ...summaryOf('46', ['31002'], 3000), communes: [{ code: '31002' }] }),
      ],
      null,
    );
    expect(r.accepted).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([
      ['other_province', 'ha-noi.json'],
      ['newer_version', 'moi-hon.json'],
      ['not_summary', 'danh-sach.csv'],
      ['not_summary', 'sao-luu.json'],
      ['damaged', 'hong.json'],
    ]);
    expect(r.problems[0]).toMatchObject({ province: '01', expected: '46' });
  });

  it('takes the first accepted file’s province when nothing is open', () => {
    const r = acceptSummaries([], [file('hue.json', a), file('ha-noi.json', summaryOf('01', ['00004'], 1))], null);
    expect(r.accepted.map((x) => x.code)).toEqual(['31000']);
    expect(r.problems.map((p) => p.code)).toEqual(['other_province']);
  });
});
