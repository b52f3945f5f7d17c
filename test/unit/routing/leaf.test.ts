import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../../src/routing');

describe('routing', () => {
  // A leaf the features may use: importing app or a feature would bring the folder cycle back.
  it('imports only the domain, zod and signals', () => {
    for (const file of readdirSync(dir)) {
      const sources = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const source of sources) expect(source, file).toMatch(/^(\.\/[\w-]+|\.\.\/domain\/[\w/-]+|zod\/mini|@preact\/signals)$/);
    }
  });
});
