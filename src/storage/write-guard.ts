import { ReadOnlyError } from './errors';

/**
 * Shared by every repository: once the database belongs to a newer app version,
 * or another tab is upgrading it, nothing may be written with this build's rules.
 */
export class WriteGuard {
  private reason: 'newer-data' | 'upgrade-pending' | null = null;

  get readOnlyReason(): 'newer-data' | 'upgrade-pending' | null {
    return this.reason;
  }

  block(reason: 'newer-data' | 'upgrade-pending'): void {
    this.reason = reason;
  }

  assertWritable(): void {
    if (this.reason) throw new ReadOnlyError(this.reason);
  }
}
