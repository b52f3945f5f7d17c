import type { Guide } from '../../content/guides/schema';
import { fold } from '../../domain/fold';

function searchable(g: Guide): { title: string; all: string } {
  const parts = [g.title, g.summary, ...g.prerequisites, ...g.steps.flatMap((s) => [s.title, s.detail, ...s.problems.map((p) => p.problem)])];
  return { title: fold(g.title), all: fold(parts.join(' ')) };
}

/**
 * Guides whose text contains every word of the query, diacritics ignored;
 * those matching in the title come first. An empty query returns all.
 */
export function searchGuides(list: readonly Guide[], query: string): Guide[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...list];
  const hits = list.map((g) => ({ g, s: searchable(g) })).filter(({ s }) => words.every((w) => s.all.includes(w)));
  const inTitle = (s: { title: string }) => words.every((w) => s.title.includes(w));
  return [...hits.filter((h) => inTitle(h.s)), ...hits.filter((h) => !inTitle(h.s))].map((h) => h.g);
}
