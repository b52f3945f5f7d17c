import { describe, expect, it } from 'vitest';
import { documentInputSchema } from '../../../src/domain/document-link';
import { problemsByField } from '../../../src/domain/validation';

const problemsOf = (input: Record<string, string>) => {
  const r = documentInputSchema.safeParse({ title: 'x', url: 'https://a.vn/', note: '', publisher: '', ...input });
  return r.success ? {} : problemsByField(r.error);
};

describe('documentInputSchema', () => {
  it('refuses javascript: with a code naming the scheme', () => {
    expect(problemsOf({ url: 'javascript:alert(1)' })).toEqual({ url: { code: 'url', problem: { reason: 'scheme', scheme: 'javascript' } } });
    expect(problemsOf({ url: ' ' })).toEqual({ url: { code: 'url', problem: { reason: 'empty' } } });
    expect(problemsOf({ url: 'dichvucong.gov.vn' })).toEqual({ url: { code: 'url', problem: { reason: 'invalid' } } });
  });

  it('cleans text and stores the URL percent-encoded', () => {
    const r = documentInputSchema.parse({ title: '  Hướng   dẫn ', url: 'https://a.vn/tài liệu', note: '', publisher: 'Sở' });
    expect(r).toEqual({ title: 'Hướng dẫn', url: 'https://a.vn/t%C3%A0i%20li%E1%BB%87u', note: '', publisher: 'Sở' });
  });

  it('requires a title and limits each text to its length', () => {
    expect(problemsOf({ title: ' ' })).toEqual({ title: { code: 'required' } });
    expect(problemsOf({ title: 'x'.repeat(161), note: 'x'.repeat(501), publisher: 'x'.repeat(160) })).toEqual({
      title: { code: 'too-long', max: 160 },
      note: { code: 'too-long', max: 500 },
    });
  });
});
