import { describe, expect, it } from 'vitest';
import { count } from '../../../src/i18n/number';

describe('count', () => {
  it('writes whole numbers as vi-VN does, without loading the locale at start-up', () => {
    const samples = [0, 7, 999, 1000, 1234, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890, -1234];
    for (let i = 1; i <= 200; i++) samples.push((i * 2_654_435_761) % 10 ** (1 + (i % 12)));
    for (const n of samples) expect(count(n), String(n)).toBe(n.toLocaleString('vi-VN'));
  });

  it('rounds a fraction to the whole number shown', () => {
    expect(count(1234.6)).toBe('1.235');
  });
});
