import { describe, expect, it } from 'vitest';
import { communeTargetSchema } from '../../../src/domain/progress/targets';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/domain/settings';
import { problemsByField } from '../../../src/domain/validation';

const problemsOf = (value: unknown) => {
  const r = settingsSchema.safeParse(value);
  return r.success ? {} : problemsByField(r.error);
};

describe('settingsSchema', () => {
  it('accepts the defaults and trims names', () => {
    expect(settingsSchema.parse({ ...DEFAULT_SETTINGS, userName: '  Lan ' }).userName).toBe('Lan');
  });

  it('refuses each bad field with a code, never with words', () => {
    expect(
      problemsOf({
        ...DEFAULT_SETTINGS,
        userName: 'x'.repeat(81),
        team: 'x'.repeat(121),
        publicBaseUrl: 'ftp://a.vn',
        targets: { enterprisePct: Number.NaN, otherPct: 101, deadline: '31/12/2026' },
      }),
    ).toEqual({
      userName: { code: 'too-long', max: 80 },
      team: { code: 'too-long', max: 120 },
      publicBaseUrl: { code: 'web-base' },
      'targets.enterprisePct': { code: 'percent' },
      'targets.otherPct': { code: 'percent' },
      'targets.deadline': { code: 'date' },
    });
  });
});

describe('communeTargetSchema', () => {
  it('holds a commune quota to the same percent and date rules as Settings', () => {
    const r = communeTargetSchema.safeParse({ code: '00004', enterprisePct: -1, otherPct: null, deadline: '2026-13' });
    expect(r.success ? {} : problemsByField(r.error)).toEqual({ enterprisePct: { code: 'percent' }, deadline: { code: 'date' } });
  });
});
