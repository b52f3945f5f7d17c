import type { QrTarget } from './qr-targets';

interface TargetChecklistProps {
  legend: string;
  targets: QrTarget[];
  chosen: string[];
  onChange: (keys: string[]) => void;
}

/** Checkboxes for choosing a set of guides and documents (counter cycle, print). */
export function TargetChecklist({ legend, targets, chosen, onChange }: TargetChecklistProps) {
  const toggle = (key: string, on: boolean) =>
    onChange(on ? targets.map((x) => x.key).filter((k) => k === key || chosen.includes(k)) : chosen.filter((k) => k !== key));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {targets.map((x) => (
        <label key={x.key} class="check">
          <input type="checkbox" checked={chosen.includes(x.key)} onChange={(e) => toggle(x.key, e.currentTarget.checked)} />
          {x.title}
        </label>
      ))}
    </fieldset>
  );
}
