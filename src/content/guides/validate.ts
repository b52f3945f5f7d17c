import { type Guide, guideSchema } from './schema';

/**
 * Every reason a set of guides is not publishable, as readable lines (empty
 * when all is well): schema errors per guide, and slugs that collide. Slugs
 * become URLs and QR payloads, so they must be unique and plain ASCII.
 */
export function guideProblems(list: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const result = guideSchema.safeParse(raw);
    const slug = (raw as Partial<Guide> | null)?.slug ?? `#${i}`;
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${slug}: ${issue.path.join('.') || '(guide)'} ${issue.message}`);
      return;
    }
    if (seen.has(result.data.slug)) problems.push(`${slug}: slug used twice`);
    seen.add(result.data.slug);
  });
  return problems;
}
