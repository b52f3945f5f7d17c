import type { ComponentChildren } from 'preact';

interface BannerProps {
  tone: 'info' | 'warning' | 'danger' | 'success';
  children: ComponentChildren;
  actions?: ComponentChildren;
  /** Assertive for things that block work; polite otherwise. */
  urgent?: boolean;
}

export function Banner({ tone, children, actions, urgent = false }: BannerProps) {
  return (
    <div class={`banner banner--${tone}`} role={urgent ? 'alert' : 'status'}>
      <div class="banner__text">{children}</div>
      {actions && <div class="banner__actions">{actions}</div>}
    </div>
  );
}
