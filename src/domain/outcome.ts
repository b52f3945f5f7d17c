/**
 * What an action that can fail ended with: its value, or one sentence for the user saying why not.
 * A message rather than a code: no caller branches on why an action failed, it only shows it, and the
 * model that ran the action already words the reason through i18n (naming the row and field).
 */
export type Outcome<T = void> = { ok: true; value: T } | { ok: false; message: string };

export const succeeded = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const done: Outcome = { ok: true, value: undefined };
export const failed = (message: string): { ok: false; message: string } => ({ ok: false, message });
