
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../domain/rollup/rollup-fixture';
import { makeOrg } from '../../storage/org-fixture';
import { freshDb } from '../../storage/test-db';
import { NOW, progressPhone } from './progress-phone';

const phone = (db = freshDb(), userName = '') => progressPhone(db, { userName });

const file = (name: string, s: object) => ({ name, text: JSON.stringify(s) });

describe('rollup model', () => {
  it('keeps opened summaries across a reload and lists the communes that sent nothing', async () => {
    const { db, rollup } = phone();
    await rollup.activate();
    await rollup.receive([file('an-cuu.json', summaryOf('46', ['31000'], 1))]);
    expect(rollup.messages.value).toEqual([{ tone: 'info', text: 'Đã nhận số liệu của 1 xã, phường, đặc khu.' }]);
    const again = phone(db).rollup;
    await again.activate();
    expect(again.report.value.communes.map((u) => u.code)).toEqual(['31000']);
    expect(again.report.value.missing).toEqual(['31001']);
  });

  it('names a refused file and changes nothing', async () => {
    const { rollup } = phone();
    await rollup.activate();
    await rollup.receive([file('an-cuu.json', summaryOf('46', ['31000'], 1))]);
    await rollup.receive([file('ba-dinh.json', summaryOf('01', ['00004'], 2))]);
    expect(rollup.messages.value).toEqual([
      { tone: 'danger', text: 'Tệp ba-dinh.json là số liệu của Thành phố Hà Nội, khác với Thành phố Huế đang mở. Không có gì thay đổi.' },
    ]);
    expect(rollup.received.value.map((r) => r.code)).toEqual(['31000']);
  });

  it('hands a quota down: the commune phone that opens the file uses it, stamped with who set it', async () => {
    const city = phone(freshDb(), 'Lê Văn Bình');
    await city.rollup.activate();
    await city.rollup.receive([file('an-cuu.json', summaryOf('46', ['31000'], 1))]);
    expect(await city.rollup.setQuota('', { enterprisePct: 90, otherPct: null, deadline: '2025-06-30' })).toEqual({ ok: true, value: undefined });
    const quota = city.rollup.quotaFile()!;
    expect(quota.quotas.map((q) => q.code)).toEqual(['31000', '31001']);

    const commune = phone();
    await commune.organisations.saveMany([makeOrg({ id: 'a', communeCode: '31001' }), makeOrg({ id: 'b', communeCode: '31001', status: 'issued' })]);
    const outcome = await commune.progress.applyQuotaFile('chi-tieu.json', JSON.stringify(quota));
    expect(outcome).toEqual({
      ok: true,
      value: 'Đã nhận chỉ tiêu do Lê Văn Bình giao ngày 06/05/2025: Phường Vỹ Dạ — doanh nghiệp, HTX 90%, tổ chức khác giữ như cũ, hạn chót 30/06/2025.',
    });
    const row = commune.progress.report.value.communes.find((u) => u.code === '31001')!;
    expect(row.groups.enterprise).toMatchObject({ targetPct: 90, required: 2, needed: 1 });
    expect(commune.progress.overrides.value.get('31001')).toMatchObject({ setBy: 'Lê Văn Bình', setAt: NOW.getTime() });
    expect(commune.progress.report.value.communes.map((u) => u.code)).toEqual(['31001']); // not the province's other communes
    expect(await commune.progress.applyQuotaFile('sai.json', '{"format":"eid-field-kit/quotas","version":3}')).toEqual({
      ok: false,
      message: 'Tệp sai.json được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi mở lại. Không có gì thay đổi.',
    });
  });

  it('builds the summary this phone sends from the dashboard figures', async () => {
    const { organisations, progress } = phone();
    await organisations.saveMany([makeOrg({ id: 'a', communeCode: '31000', status: 'issued' }), makeOrg({ id: 'b', communeCode: '31000' })]);
    const summary = (await progress.buildSummary())!;
    expect(summary).toMatchObject({ provinceCode: '46', computedOn: '2025-05-06', computedAt: NOW.getTime() });
    expect(summary.communes.map((c) => [c.code, c.issued.enterprise, c.count.enterprise])).toEqual([['31000', 1, 2]]);
  });
});
