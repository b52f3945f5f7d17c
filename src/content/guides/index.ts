import type { Guide } from './schema';
import { level1InApp } from './vneid-muc-1';

/** Every built-in guided procedure, in the order staff usually need them. */
export const guides: Guide[] = [level1InApp];

export function guideBySlug(slug: string): Guide | undefined {
  return guides.find((g) => g.slug === slug);
}
