import type { z } from 'zod/mini';

/** zod issues as one Vietnamese message per dotted field path (first issue wins). */
export function errorsByField(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    out[path] ??= issue.message;
  }
  return out;
}
