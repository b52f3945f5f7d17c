import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { fieldCode, problemsByField } from '../../../src/domain/validation';

const schema = z.object({
  name: z.string().check(z.minLength(1, fieldCode('required')), z.maxLength(3, fieldCode('too-long'))),
  targets: z.object({ pct: z.number(fieldCode('percent')).check(z.lte(100, fieldCode('percent'))) }),
  count: z.number(),
});

const problemsOf = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : problemsByField(r.error);
};

describe('problemsByField', () => {
  it('gives one code per dotted field path, with the maximum of a too-long text', () => {
    expect(problemsOf({ name: 'abcd', targets: { pct: 101 }, count: 1 })).toEqual({ name: { code: 'too-long', max: 3 }, 'targets.pct': { code: 'percent' } });
  });

  it('keeps the first problem of a field', () => {
    expect(problemsOf({ name: '', targets: { pct: Number.NaN }, count: 1 })).toEqual({ name: { code: 'required' }, 'targets.pct': { code: 'percent' } });
  });

  it('calls a problem no code names "invalid" rather than passing zod’s English on', () => {
    expect(problemsOf({ name: 'a', targets: { pct: 1 }, count: 'two' })).toEqual({ count: { code: 'invalid' } });
  });
});
