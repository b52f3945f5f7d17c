import { z } from 'zod/mini';
import { type FieldMerge, mergeFields, rebaseOnto } from './field-merge';
import { canonicalOrgForm, type OrgFormField, type OrgFormValues, orgFormValuesSchema, validateOrgForm } from './organisation-form';

/**
 * An edit of the organisation form as autosaved: the values, and the record's
 * values when the form was opened (null for a new record). Keeping the base with
 * the draft lets a draft restored after a reload still tell what the user changed
 * from what was changed elsewhere meanwhile.
 */
export const orgDraftSchema = z.object({ values: orgFormValuesSchema, base: z.nullable(orgFormValuesSchema) });
export type OrgDraft = z.infer<typeof orgDraftSchema>;

/**
 * A stored draft, or null when it is not one. A draft written before drafts kept
 * their base is bare values: it gets `fallbackBase` (the record as it is now),
 * which is what the app compared against when that draft was written.
 */
export function readOrgDraft(raw: unknown, fallbackBase: OrgFormValues | null): OrgDraft | null {
  const draft = orgDraftSchema.safeParse(raw);
  if (draft.success) return draft.data;
  const bare = orgFormValuesSchema.safeParse(raw);
  return bare.success ? { values: bare.data, base: fallbackBase } : null;
}

/**
 * What saving an edit writes over the record as stored now (`theirs`): the
 * fields the user changed since `base`, the stored value for every other field.
 * A field changed on both sides to different values is a conflict, left as
 * stored until the user chooses. Values are compared as they would be stored.
 */
export function mergeOrgEdit(base: OrgFormValues, mine: OrgFormValues, theirs: OrgFormValues): FieldMerge<OrgFormValues> {
  const [b, m, t] = [base, mine, theirs].map(canonicalOrgForm) as [OrgFormValues, OrgFormValues, OrgFormValues];
  const result = mergeFields(b, m, t);
  if (result.conflicts.length > 0 || Object.keys(validateOrgForm(result.merged)).length === 0) return result;
  // Each side valid alone but not together (a phone added here, the representative's name
  // removed there): the user chooses every field that was changed elsewhere.
  const changedElsewhere = (Object.keys(t) as OrgFormField[]).filter((f) => t[f] !== b[f] && t[f] !== m[f]);
  return { merged: result.merged, conflicts: changedElsewhere };
}

/** The form after the user chose per conflicting field: `keepMine` keeps the value typed here; the base becomes the stored record. */
export function resolveOrgConflicts(base: OrgFormValues, mine: OrgFormValues, theirs: OrgFormValues, keepMine: OrgFormField[]): { values: OrgFormValues; base: OrgFormValues } {
  const [b, m, t] = [base, mine, theirs].map(canonicalOrgForm) as [OrgFormValues, OrgFormValues, OrgFormValues];
  return rebaseOnto(b, m, t, keepMine);
}
