import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, canTransition } from '../../../src/domain/status';

describe('status workflow', () => {
  it('moves forward along the main path, skipping steps if needed', () => {
    expect(canTransition('not_contacted', 'informed')).toBe(true);
    expect(canTransition('informed', 'submitted')).toBe(true);
    expect(canTransition('submitted', 'issued')).toBe(true);
  });

  it('allows a one-step correction backwards but not a jump back', () => {
    expect(canTransition('submitted', 'guided')).toBe(true);
    expect(canTransition('submitted', 'not_contacted')).toBe(false);
  });

  it('enters and leaves the side states', () => {
    expect(canTransition('guided', 'problem')).toBe(true);
    expect(canTransition('problem', 'submitted')).toBe(true);
    expect(canTransition('informed', 'not_applicable')).toBe(true);
    expect(canTransition('not_applicable', 'informed')).toBe(true);
  });

  it('does not put an issued account back into "problem" or "stay" on the same status', () => {
    expect(allowedNextStatuses('issued')).not.toContain('problem');
    expect(canTransition('guided', 'guided')).toBe(false);
  });
});
