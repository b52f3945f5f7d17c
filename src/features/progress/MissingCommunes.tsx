import { rollupText as r } from '../../i18n/rollup';

/** Communes of the province that sent nothing, by name. */
export function MissingCommunes({ codes, communeName, loading }: { codes: readonly string[]; communeName: (code: string) => string; loading: boolean }) {
  return (
    <section aria-labelledby="missing-h" class="avoid-break">
      <h2 id="missing-h" data-testid="missing-count">{r.missingCount(codes.length)}</h2>
      {loading ? (
        <p class="muted">{r.missingLoading}</p>
      ) : codes.length === 0 ? (
        <p>{r.missingNone}</p>
      ) : (
        <ul class="missing-list" data-testid="missing">
          {codes.map((c) => (
            <li key={c} data-code={c}>{communeName(c)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
