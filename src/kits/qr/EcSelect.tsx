import { qrText as t } from '../../i18n/qr';
import { EC_LEVELS, type EcLevel } from './qr-matrix';

/** The error-correction level chooser shared by the QR and print pages. */
export function EcSelect({ id, value, onChange }: { id: string; value: EcLevel; onChange: (level: EcLevel) => void }) {
  return (
    <div class="field">
      <label for={id}>{t.ec}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as EcLevel)}>
        {EC_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t.ecNames[level]}
          </option>
        ))}
      </select>
    </div>
  );
}
