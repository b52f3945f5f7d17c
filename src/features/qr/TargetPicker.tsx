import { qrText as t } from '../../i18n/qr';
import type { QrTarget } from '../../kits/qr/qr-targets';

interface TargetPickerProps {
  id: string;
  targets: QrTarget[];
  value: string;
  onChange: (key: string) => void;
}

/** One select, guides and documents in two groups. */
export function TargetPicker({ id, targets, value, onChange }: TargetPickerProps) {
  const group = (prefix: string, label: string) => (
    <optgroup label={label}>
      {targets
        .filter((x) => x.key.startsWith(prefix))
        .map((x) => (
          <option key={x.key} value={x.key}>
            {x.title}
          </option>
        ))}
    </optgroup>
  );
  return (
    <div class="field">
      <label for={id}>{t.pick}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {group('g:', t.guidesGroup)}
        {group('d:', t.documentsGroup)}
      </select>
    </div>
  );
}
