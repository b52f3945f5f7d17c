import { describe, expect, it } from 'vitest';
import { generateDemoOrganisations } from '../../../../src/domain/demo-data';
import { fromOrgDoc, orgDocSchema, parseDoc, toOrgDoc } from '../../../../src/domain/sync/docs';
import { resolveConflict } from '../../../../src/domain/sync/resolve-conflict';
import { childRevision } from '../../../../src/domain/sync/revs';
import { erasePersonalData } from '../../../../src/domain/team/erasure';
import { parseTeamUrl } from '../../../../src/domain/sync/team-link';

const [org] = generateDemoOrganisations({ seed: 1, count: 1, now: 1_700_000_000_000 });
const base = { ...org!, representativeName: 'Nguyễn Văn A', representativePhone: '+84912345678' };
const consent = { given: true, recordedBy: 'Lan', at: 1_700_000_000_000 };

describe('organisation documents', () => {
  it('send the representative only with recorded consent', () => {
    const without = toOrgDoc({ ...base, consent: null });
    expect(without.org).not.toHaveProperty('representativeName');
    expect(without.org).not.toHaveProperty('representativePhone');
    const refused = toOrgDoc({ ...base, consent: { ...consent, given: false } });
    expect(refused.org).not.toHaveProperty('representativeName');
    const withConsent = toOrgDoc({ ...base, consent });
    expect(withConsent.org).toMatchObject({ representativeName: 'Nguyễn Văn A', representativePhone: '+84912345678' });
    expect(withConsent._id).toBe(`org:${base.id}`);
  });

  it('a document without the representative never wipes the local values; round trip is exact', () => {
    const doc = orgDocSchema.parse(toOrgDoc({ ...base, consent: null }));
    expect(fromOrgDoc(doc, base)).toEqual({ ...base, consent: null });
    expect(fromOrgDoc(doc, undefined)).toMatchObject({ representativeName: '', representativePhone: '' });
    const full = orgDocSchema.parse(toOrgDoc({ ...base, consent }));
    expect(fromOrgDoc(full, undefined)).toEqual({ ...base, consent });
  });

  it('refuses documents failing the schema or of an unknown kind', () => {
    expect(parseDoc({ _id: 'org:x', type: 'org', org: { name: 42 } })).toEqual({ kind: 'refused', id: 'org:x', problem: 'invalid' });
    expect(parseDoc({ _id: 'report:x', type: 'report' })).toEqual({ kind: 'refused', id: 'report:x', problem: 'unknown-kind' });
    expect(parseDoc(null)).toEqual({ kind: 'refused', id: '?', problem: 'unknown-kind' });
    expect(parseDoc({ ...toOrgDoc(base), _rev: '1-a' }).kind).toBe('org');
  });
});

describe('conflict resolution', () => {
  const a = { ...base, status: 'informed' as const, updatedAt: base.updatedAt + 10, statusHistory: [{ status: 'informed' as const, at: 5, by: 'Lan' }] };
  const b = { ...base, status: 'guided' as const, updatedAt: base.updatedAt + 20, statusHistory: [{ status: 'guided' as const, at: 6, by: 'Mai' }] };

  it('does not depend on the order of versions, keeps both values and joins the histories', () => {
    const one = resolveConflict([a, b]);
    const two = resolveConflict([b, a]);
    expect(two).toEqual(one);
    expect(one.merged.status).toBe('guided');
    expect(one.dispute).toEqual({ status: ['guided', 'informed'] });
    expect(one.merged.statusHistory.map((h) => h.by)).toEqual(['Lan', 'Mai']);
  });

  it('joins the change logs of all versions instead of listing them as a disputed field', () => {
    const logA = [{ at: 5, by: 'Lan', fields: [], from: 'not_contacted' as const, to: 'informed' as const }];
    const logB = [{ at: 6, by: 'Mai', fields: [], from: 'not_contacted' as const, to: 'guided' as const }];
    const one = resolveConflict([{ ...a, changes: logA }, { ...b, changes: logB }]);
    expect(one.merged.changes).toEqual([...logA, ...logB]);
    expect(one.dispute).toEqual({ status: ['guided', 'informed'] });
    expect(resolveConflict([{ ...b, changes: logB }, { ...a, changes: logA }])).toEqual(one);
  });

  it('versions that agree leave nothing to review; earlier disputes stay listed', () => {
    expect(resolveConflict([a, { ...a }]).dispute).toEqual({});
    expect(resolveConflict([a, { ...a }], [{ notes: ['x', 'y'] }]).dispute).toEqual({ notes: ['x', 'y'] });
  });
});

describe('erased personal data through sync', () => {
  const marker = { at: base.updatedAt + 50, by: 'Lan' };
  const withData = { ...base, consent, notes: 'Gặp Nguyễn Văn A, 0912 345 678', statusNote: 'hẹn Nguyễn Văn A' };
  const erased = erasePersonalData(withData, marker);
  const leaks = /Nguyễn Văn A|912/;

  it('a conflict with an erasure keeps no erased field, in the result or in the values listed for review', () => {
    // Edited offline on another phone after the erasure's time, without knowing of it.
    const edited = { ...withData, status: 'guided' as const, notes: 'Nguyễn Văn A hẹn thứ hai', updatedAt: marker.at + 10 };
    const earlier = [{ representativeName: ['', 'Nguyễn Văn A'], notes: ['x', 'gọi 0912345678'] }];
    for (const order of [[erased, edited], [edited, erased]]) {
      const { merged, dispute } = resolveConflict(order, earlier);
      expect(merged).toMatchObject({ status: 'guided', representativeName: '', representativePhone: '', consent: null, erasure: marker });
      expect(JSON.stringify(merged)).not.toMatch(leaks);
      expect(JSON.stringify(dispute)).not.toMatch(leaks);
      expect(dispute.status).toEqual(['guided', 'not_contacted']);
    }
  });

  it('a document carrying an erasure this phone has not seen is not refilled from the local copy', () => {
    const doc = orgDocSchema.parse(toOrgDoc(erased));
    const local = fromOrgDoc(doc, withData);
    expect(local).toMatchObject({ representativeName: '', representativePhone: '', erasure: marker });
    // An older document arriving after this phone erased: the erasure stays final.
    const stale = orgDocSchema.parse(toOrgDoc(withData));
    expect(JSON.stringify(fromOrgDoc(stale, erased))).not.toMatch(leaks);
  });
});

describe('revisions and team links', () => {
  const hash = 'a'.repeat(32);
  it('writes a child of the revision last seen', () => {
    expect(childRevision(undefined, hash)).toEqual({ _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } });
    expect(childRevision('3-bcd', hash)).toEqual({ _rev: `4-${hash}`, _revisions: { start: 4, ids: [hash, 'bcd'] } });
    expect(() => childRevision('x', hash)).toThrow();
  });

  it('accepts only a database under the app origin', () => {
    const origin = 'https://so-tay.example.vn';
    expect(parseTeamUrl(`${origin}/couchdb/xa-mot`, origin)).toEqual({ url: `${origin}/couchdb/xa-mot`, server: `${origin}/couchdb/`, name: 'xa-mot' });
    expect(parseTeamUrl('https://evil.example/couchdb/xa-mot', origin)).toBeNull();
    expect(parseTeamUrl(`${origin}/khac/xa-mot`, origin)).toBeNull();
    expect(parseTeamUrl(`${origin}/couchdb/Xa`, origin)).toBeNull();
    expect(parseTeamUrl('%', origin)).toBeNull();
  });
});
