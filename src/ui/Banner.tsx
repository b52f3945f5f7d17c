import type { ComponentChildren } from 'preact';

interface BannerProps {
  tone: 'info' | 'warning' | 'danger' | 'success';
  children: ComponentChildren;
  actions?: ComponentChildren;
  /** Assertive for things that block work; polite otherwise. */
  urgent?: boolean;
  /** Floats above the bottom navigation instead of pushing the page down (no layout shift). */
  floating?: boolean;
}

export function Banner({ tone, children, actions, urgent = false, floating = false }: BannerProps) {
  return (
    <div class={`banner banner--${tone}${floating ? ' banner--floating' : ''}`} role={urgent ? 'alert' : 'status'}>
      <div class="banner__text">{children}</div>
      {actions && <div class="banner__actions">{actions}</div>}
    </div>
  );
}
