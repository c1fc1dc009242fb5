// Small pieces the popup's views share.
import type { ComponentChildren } from 'preact';
import type { Kind, Side } from '../glossary/schema';
import { KIND_LABEL, SIDE_LABEL } from './labels';

export function Badges({ kind, side }: { kind: Kind; side: Side }) {
  return (
    <span class="badges">
      <span class="badge">{KIND_LABEL[kind]}</span>
      <span class={`badge side-${side}`}>{SIDE_LABEL[side]}</span>
    </span>
  );
}

/**
 * A list whose items move focus with the arrow keys, Home and End: one tab stop for the list,
 * the arrows inside it.
 */
export function NavList({ label, children }: { label: string; children: ComponentChildren }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const list = e.currentTarget as HTMLElement;
    const items = [...list.querySelectorAll<HTMLElement>('[data-nav-item]')];
    const i = items.indexOf(document.activeElement as HTMLElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(items.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next >= 0 && items[next]) {
      e.preventDefault();
      items[next]!.focus();
    }
  };
  return (
    <ul class="list" aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </ul>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
