import type { ComponentChildren } from 'preact';

/**
 * A wide table's sideways-scrolling box on a phone: a named region that takes
 * keyboard focus, so it can be scrolled without a pointer (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
