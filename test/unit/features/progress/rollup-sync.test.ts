import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type QuotaDoc, type SummaryDoc, toQuotaDoc, toSummaryDocs } from '../../../../src/domain/sync/rollup-docs';
import { connectRollupSync, type RollupTeam } from '../../../../src/features/progress/rollup-sync';
import { summaryOf } from '../../domain/rollup/rollup-fixture';
import { makeOrg } from '../../storage/org-fixture';
import { freshDb } from '../../storage/test-db';
import { NOW, progressPhone } from './progress-phone';

/** A phone with its models, joined to `team`, and the documents it wrote into its sync database. */
function phone(team: RollupTeam | null, communeCodes: string[] = []) {
  const { settings, organisations, loadAdminUnits, progress, rollup } = progressPhone(freshDb(), { userName: 'Lan', team: 'Tổ CNS', communeCodes });
  const stored = new Map<string, Record<string, unknown>>();
  const writes: string[] = [];
  /** How many times the figures were computed for writing. */
  const builds = { count: 0 };
  const sync = connectRollupSync({
    team: signal(team),
    upsert: async (id, build) => {
      const body = build(stored.get(id));
      if (!body) return;
      stored.set(id, body);
      writes.push(id);
    },
    onOrganisationsChange: (listener) => organisations.subscribe(listener),
    settings,
    progress: {
      ...progress,
      buildSummary: () => {
        builds.count++;
        return progress.buildSummary();
      },
    },
    rollup,
    loadAdminUnits,
    delayMs: 20,
    now: () => NOW.getTime(),
  });
  return { organisations, progress, rollup, sync, stored, writes, builds };
}

// The wait is the debounce's: its timer is advanced by hand, so what is written does not depend on the machine's speed.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());
async function afterDelay(p: ReturnType<typeof phone>): Promise<void> {
  await vi.advanceTimersByTimeAsync(20);
  await p.sync.idle();
}
const commune = { url: 'http://app/couchdb/xa-an-cuu' };
const province = { url: 'http://app/couchdb/tp-hue', role: 'province' as const };

describe('roll-up through team sync: a commune phone', () => {
  it('writes the summary of the communes its Settings name only, once per change of the figures', async () => {
    const p = phone(commune, ['31000']);
    // On joining: the commune's figures, none yet.
    await afterDelay(p);
    expect(p.writes).toEqual(['summary:31000']);
    expect((p.stored.get('summary:31000') as SummaryDoc).summary.communes[0]!.count.enterprise).toBe(0);
    await p.organisations.saveMany([makeOrg({ communeCode: '31000' }), makeOrg({ communeCode: '31001' })]);
    await afterDelay(p);
    const doc = p.stored.get('summary:31000') as SummaryDoc;
    expect(p.writes).toEqual(['summary:31000', 'summary:31000']);
    expect(doc.summary.communes.map((c) => c.code)).toEqual(['31000']);
    expect(doc.summary.communes[0]!.count.enterprise).toBe(1);
    expect(JSON.stringify(doc)).not.toMatch(/Phước Lộc|0100233488/);

    // Equal figures (another commune's record): not written again.
    await p.organisations.saveMany([makeOrg({ communeCode: '31001' })]);
    await afterDelay(p);
    expect(p.writes).toHaveLength(2);
    // A burst of changes within the delay: computed and written once, after it.
    const builds = p.builds.count;
    for (let i = 0; i < 3; i++) await p.organisations.saveMany([makeOrg({ communeCode: '31000' })]);
    await afterDelay(p);
    expect(p.builds.count).toBe(builds + 1);
    expect(p.writes).toHaveLength(3);
    expect((p.stored.get('summary:31000') as SummaryDoc).summary.communes[0]!.count.enterprise).toBe(4);
  });

  it('writes nothing while its Settings name no commune, or while it has joined no team', async () => {
    for (const p of [phone(commune, []), phone(null, ['31000'])]) {
      await p.organisations.saveMany([makeOrg({ communeCode: '31000' })]);
      await afterDelay(p);
      expect(p.writes).toEqual([]);
    }
  });

  it('takes a quota document for its commune as a quota file (who and when kept); others change nothing', async () => {
    const p = phone(commune, ['31000']);
    const quota = (code: string) => toQuotaDoc('46', { code, enterprisePct: 90, otherPct: null, deadline: '2030-06-30', setBy: 'Lê Văn Bình', setAt: 7 }, 0) as QuotaDoc;
    await p.sync.receive([quota('31001')]);
    expect(p.progress.overrides.value.size).toBe(0);
    await p.sync.receive([quota('31000')]);
    expect(p.progress.overrides.value.get('31000')).toEqual({ code: '31000', enterprisePct: 90, otherPct: null, deadline: '2030-06-30', setBy: 'Lê Văn Bình', setAt: 7 });
  });
});

describe('roll-up through team sync: an officer following a province database', () => {
  it('takes summaries through the file checks, naming the database', async () => {
    const p = phone(province);
    const doc = (province: string, code: string, at: number) => toSummaryDocs(summaryOf(province, [code], at), new Set([code]))[0] as SummaryDoc;
    await p.sync.receive([doc('46', '31000', 5), doc('46', '31001', 5)]);
    expect(p.rollup.received.value.map((r) => [r.code, r.fileName])).toEqual([
      ['31000', 'tp-hue/summary:31000'],
      ['31001', 'tp-hue/summary:31001'],
    ]);
    await p.sync.receive([doc('01', '00004', 6), doc('46', '31000', 4)]);
    expect(p.rollup.messages.value.map((m) => m.tone)).toEqual(['danger', 'danger']);
    expect(p.rollup.received.value.map((r) => r.code)).toEqual(['31000', '31001']);
  });

  it('writes the quotas it sets, stamped, for the communes of the province', async () => {
    const p = phone(province);
    await p.sync.receive(toSummaryDocs(summaryOf('46', ['31000'], 5), new Set(['31000'])));
    expect((await p.rollup.setQuota('31001', { enterprisePct: 85, otherPct: null, deadline: null })).ok).toBe(true);
    await afterDelay(p);
    expect(p.writes).toEqual(['quota:31001']);
    expect((p.stored.get('quota:31001') as QuotaDoc).quotas).toMatchObject({ provinceCode: '46', setBy: 'Lan — Tổ CNS', setAt: NOW.getTime() });
    await afterDelay(p);
    expect(p.writes).toEqual(['quota:31001']);
  });
});
