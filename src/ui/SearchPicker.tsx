import { useState } from 'preact/hooks';

export interface PickerOption {
  value: string;
  label: string;
}

interface SearchPickerProps {
  id: string;
  label: string;
  placeholder?: string;
  noResult: string;
  search: (query: string) => PickerOption[];
  onPick: (option: PickerOption) => void;
}

/**
 * A search box with a result list (ARIA combobox pattern): type, then tap or use
 * the arrow keys and Enter. Knows nothing of what it searches.
 */
export function SearchPicker({ id, label, placeholder, noResult, search, onPick }: SearchPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = query.trim() ? search(query) : [];
  const listId = `${id}-list`;

  function pick(option: PickerOption | undefined) {
    if (!option) return;
    onPick(option);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') pick(options[active]);
    else return;
    e.preventDefault();
  }

  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        // biome-ignore lint/a11y/noRedundantRoles: no list attribute is rendered, so the combobox role must be explicit
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        autoComplete="off"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() && (
        <div class="picker__list" id={listId} role="listbox" aria-label={label}>
          {options.length === 0 && <p class="picker__empty">{noResult}</p>}
          {options.map((o, i) => (
            <div
              key={o.value}
              id={`${id}-opt-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onClick={() => pick(o)}
              onKeyDown={(e) => e.key === 'Enter' && pick(o)}
            >
              {o.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
