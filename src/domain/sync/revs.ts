/**
 * A new revision written as a child of the revision this phone last saw of the
 * document (`base`), with `new_edits: false`: if another phone's revision has
 * arrived meanwhile, the two become siblings, a conflict CouchDB keeps and the
 * app resolves, instead of one silently replacing the other.
 */
export interface RevisionStamp {
  _rev: string;
  _revisions: { start: number; ids: string[] };
}

export function childRevision(base: string | undefined, hash: string): RevisionStamp {
  if (!/^[0-9a-f]{32}$/.test(hash)) throw new Error('a revision hash is 32 hex digits');
  if (!base) return { _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
  const match = /^(\d+)-([0-9a-f]+)$/.exec(base);
  if (!match) throw new Error(`not a revision: ${base}`);
  const start = Number(match[1]) + 1;
  return { _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, match[2]!] } };
}
