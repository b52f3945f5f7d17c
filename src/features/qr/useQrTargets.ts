import { useEffect } from 'preact/hooks';
import { useServices } from '../../app/context';
import { publicGuides } from '../../content/guides';
import { type BaseUrlWarning, baseUrlWarnings, resolveBase } from '../../domain/links';
import { BASE } from '../../routing/router';
import { documentTarget, guideTarget, type QrTarget } from './qr-targets';

export interface QrTargets {
  /** Guides first, then documents; null while the documents load. */
  targets: QrTarget[] | null;
  base: string;
  warnings: BaseUrlWarning[];
}

/** Every public guide and document as a QR target (a stored link that is not http(s) — e.g. from an old backup — is left out), with links built from the public base URL in Settings. */
export function useQrTargets(): QrTargets {
  const { settings, documents } = useServices();
  useEffect(() => void documents.load(), []);
  const configured = settings.settings.value.publicBaseUrl;
  const own = location.origin + BASE;
  let base: string;
  let warnings: BaseUrlWarning[];
  try {
    base = resolveBase(configured, own);
    warnings = baseUrlWarnings(base);
  } catch {
    // Settings validation should prevent this; fall back to the app's own address and say so.
    base = resolveBase('', own);
    warnings = ['invalid', ...baseUrlWarnings(base)];
  }
  const docs = documents.list.value;
  const targets = docs ? [...publicGuides.map((g) => guideTarget(g, base)), ...docs.flatMap((d) => documentTarget(d) ?? [])] : null;
  return { targets, base, warnings };
}
