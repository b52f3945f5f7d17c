import { observeWindowOffset, observeWindowRect, Virtualizer, windowScroll } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

interface VirtualListProps<T> {
  /** An array, or any list read by position. */
  items: { readonly length: number; at(index: number): T | undefined };
  /** Fixed row height in px: rows never need measuring, so scrolling stays cheap on a phone. */
  rowHeight: number;
  label: string;
  getKey: (item: T) => string;
  renderRow: (item: T) => ComponentChildren;
}

/**
 * A list scrolled with the page that renders only the rows in view (plus a few),
 * so 100,000 items cost a few dozen elements. Items carry aria-setsize/posinset
 * so screen readers still announce "row 5 of 100,000".
 */
export function VirtualList<T>({ items, rowHeight, label, getKey, renderRow }: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count: items.length,
    estimateSize: () => rowHeight,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    overscan: 8,
    scrollMargin: ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<Window, HTMLLIElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });

  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });

  const margin = virtualizer.options.scrollMargin;
  return (
    <ul ref={ref} aria-label={label} class="vlist" style={{ height: `${virtualizer.getTotalSize()}px` }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = items.at(row.index);
        // A list read through an index that changed since this render has a gap until the page renders it anew.
        if (item === undefined) return null;
        return (
          <li
            key={getKey(item)}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            class="vlist__row"
            style={{ height: `${rowHeight}px`, transform: `translateY(${row.start - margin}px)` }}
          >
            {renderRow(item)}
          </li>
        );
      })}
    </ul>
  );
}
