import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to show instead of the children once one of them threw while rendering. */
  fallback: ComponentChildren;
  children: ComponentChildren;
}

/**
 * Keeps a render error inside one page: without it Preact unmounts the whole
 * tree and the user is left with a blank screen. Give it a `key` that changes
 * on navigation, so the next page starts fresh.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Logged for whoever debugs on the device (remote devtools); the user sees the fallback.
    console.error('page failed to render', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
