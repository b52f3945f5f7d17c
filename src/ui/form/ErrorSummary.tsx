import type { ProblemLine } from './useForm';

/**
 * Every problem left in a form, by field, each a link that moves focus to its
 * field (a plain #id link would scroll without focusing on most mobile browsers).
 * Nothing when the form is valid. `heading` words the count (ui knows no i18n).
 */
export function ErrorSummary({
  problems,
  heading,
}: { problems: readonly ProblemLine[]; heading: (count: number) => string }) {
  if (problems.length === 0) return null;
  const focus = (e: Event, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="form-summary" role="status">
      {heading(problems.length)}
      <ul>
        {problems.map((p) => (
          <li key={p.id}>
            <a href={`#${p.id}`} data-native="" onClick={(e) => focus(e, p.id)}>
              {p.label}
            </a>
            : {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
