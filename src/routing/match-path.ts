/** A path segment decoded, or null for malformed escapes such as '%' or '%ZZ' (decodeURIComponent throws on them). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Matches a '/to-chuc/:id' style pattern; returns the decoded params, or null when it does not match or a parameter is malformed. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  const names = pattern.split('/').filter(Boolean);
  if (names.length !== parts.length) return null;
  const params: Record<string, string> = {};
  const ok = names.every((p, i) => {
    if (!p.startsWith(':')) return p === parts[i];
    const value = decodeSegment(parts[i]!);
    if (value !== null) params[p.slice(1)] = value;
    return value !== null;
  });
  return ok ? params : null;
}
