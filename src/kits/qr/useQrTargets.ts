import type { ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { publicGuides } from '../../content/guides';
import type { DocumentLink } from '../../domain/document-link';
import { type BaseUrlWarning, baseUrlWarnings, resolveBase } from '../../domain/links';
import { BASE } from '../../routing/router';
import { documentTarget, guideTarget, type QrTarget } from './qr-targets';

/** Where the targets come from; the app's services provide both (a kit does not reach into the app). */
export interface QrTargetSources {
  settings: { settings: ReadonlySignal<{ publicBaseUrl: string }> };
  documents: { list: ReadonlySignal<DocumentLink[] | null>; load(): Promise<void> };
}

export interface QrTargets {
  /** Guides first, then documents; null while the documents load. */
  targets: QrTarget[] | null;
  base: string;
  warnings: BaseUrlWarning[];
}

/** Every public guide and document as a QR target (a stored link that is not http(s) — e.g. from an old backup — is left out), with links built from the public base URL in Settings. */
export function useQrTargets({ settings, documents }: QrTargetSources): QrTargets {
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
