import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupText, gzipText, MAX_BACKUP_TEXT_BYTES } from '../../../../src/domain/backup/compress';

const CAP = 1 << 20;
const tooLarge = { ok: false, problem: { code: 'too-large', maxBytes: CAP } };

describe('backup compression', () => {
  it('round-trips Vietnamese text through gzip, and reads plain JSON too', async () => {
    const text = JSON.stringify({ name: 'Công ty TNHH Phước Lộc', n: 'Đức'.repeat(100_000) });
    const gz = await gzipText(text);
    const bytes = new Uint8Array(await gz.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeLessThan(text.length / 4);
    expect(await backupText(gz)).toEqual({ ok: true, text });
    expect(await backupText(new Blob([text]))).toEqual({ ok: true, text });
  });
  it('refuses corrupt gzip as not a backup', async () => {
    const gz = new Uint8Array(await (await gzipText('{"a":1}'.repeat(1000))).arrayBuffer());
    expect(await backupText(new Blob([gz.subarray(0, gz.length / 2)]))).toEqual({ ok: false, problem: { code: 'not-backup' } });
  });
  it('refuses a gzip bomb as too large, stopping at the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * CAP, 0x20));
    expect(bomb.length).toBeLessThan(CAP / 4);
    expect(await backupText(new Blob([bomb]), CAP)).toEqual(tooLarge);
    const justUnder = Buffer.alloc(CAP, 0x20);
    expect(await backupText(new Blob([gzipSync(justUnder)]), CAP)).toEqual({ ok: true, text: justUnder.toString() });
  });
  it('refuses a plain file above the cap without reading it', async () => {
    const huge = { size: MAX_BACKUP_TEXT_BYTES + 1, slice: () => { throw new Error('read'); } } as unknown as Blob;
    expect(await backupText(huge)).toEqual({ ok: false, problem: { code: 'too-large', maxBytes: MAX_BACKUP_TEXT_BYTES } });
  });
});
