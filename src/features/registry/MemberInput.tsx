import { teamWorkText as t } from '../../i18n/team-work';

interface Props {
  id: string;
  value: string;
  members: readonly string[];
  onInput: (value: string) => void;
}

/** A member's name: picked from the team's names or typed as a new one. */
export function MemberInput({ id, value, members, onInput }: Props) {
  return (
    <div class="field">
      <label for={id}>{t.memberName}</label>
      <input id={id} list={`${id}-list`} autoComplete="off" maxLength={80} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <datalist id={`${id}-list`}>
        {members.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </div>
  );
}
