import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupText, gzipText } from '../../../../src/domain/backup/compress';

describe('backup compression', () => {
  it('round-trips Vietnamese text through gzip, and reads plain JSON too', async () => {
    const text = JSON.stringify({ name: 'Công ty TNHH Phước Lộc', n: 'Đức'.repeat(1000) });
    const gz = new Uint8Array(await (await gzipText(text)).arrayBuffer());
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(gz.length).toBeLessThan(text.length / 4);
    expect(await backupText(gz)).toBe(text);
    expect(await backupText(new TextEncoder().encode(text))).toBe(text);
  });
  it('refuses corrupt gzip and gzip bombs', async () => {
    const gz = new Uint8Array(await (await gzipText('{"a":1}'.repeat(1000))).arrayBuffer());
    expect(await backupText(gz.subarray(0, gz.length / 2))).toBeNull();
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(320 * 1024 * 1024)));
    expect(await backupText(bomb)).toBeNull();
  }, 60_000);
});
