// Small pieces the popup's views share.

import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatDate, hasPassed } from '../core/dates';
import type { Kind, Side } from '../glossary/schema';
import { t } from '../platform/i18n';
import { KIND_LABEL, SIDE_LABEL } from './labels';

export function Badges({ kind, side }: { kind: Kind; side: Side }) {
  return (
    <span class="badges">
      <span class="badge">{KIND_LABEL[kind]}</span>
      <span class={`badge side-${side}`}>{SIDE_LABEL[side]}</span>
    </span>
  );
}

/** Text for screen readers only. */
export function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}

/**
 * A view's title. Views whose title would repeat the tab's label keep it for screen readers
 * only. It takes focus when a view opens and the control that opened it went away.
 */
export function ViewHeading(props: { id?: string; hidden?: boolean; children: ComponentChildren }) {
  return (
    <h1
      id={props.id}
      class={props.hidden ? 'visually-hidden' : undefined}
      tabIndex={-1}
      data-view-heading
    >
      {props.children}
    </h1>
  );
}

const FOCUSABLE = 'button, a[href], input, select, [tabindex]';

/**
 * A list whose rows move focus with the arrow keys, Home and End: one tab stop for the list
 * (the row last focused), the arrows inside it. Rows may hold more than one control (a term and
 * its "Jump to"): Tab moves between them, and the arrows keep to the same column.
 */
export function NavList(props: {
  label: string;
  /** When this changes (a new search), the tab stop goes back to the first row. */
  resetKey?: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLUListElement>(null);
  const active = useRef(0);
  const lastReset = useRef(props.resetKey);
  if (lastReset.current !== props.resetKey) {
    lastReset.current = props.resetKey;
    active.current = 0;
  }

  const rows = () => [...(ref.current?.children ?? [])] as HTMLElement[];
  const controls = (row: HTMLElement | undefined) =>
    row ? [...row.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const rowOf = (el: EventTarget | null) =>
    rows().findIndex((row) => el instanceof Node && row.contains(el));

  // Only the active row's controls are in the tab order. Set on the DOM, after every render,
  // so the rows the views render stay plain buttons.
  const roving = () => {
    const all = rows();
    active.current = Math.max(0, Math.min(active.current, all.length - 1));
    all.forEach((row, i) => {
      for (const c of controls(row)) c.tabIndex = i === active.current ? 0 : -1;
    });
  };
  useLayoutEffect(roving);

  const onFocusIn = (e: FocusEvent) => {
    const i = rowOf(e.target);
    if (i >= 0 && i !== active.current) {
      active.current = i;
      roving();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const all = rows();
    const i = rowOf(document.activeElement);
    if (i < 0) return;
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(all.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const column = Math.max(0, controls(all[i]).indexOf(document.activeElement as HTMLElement));
    const target = controls(all[next]);
    (target[column] ?? target[0])?.focus();
  };

  return (
    <ul ref={ref} class="list" aria-label={props.label} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      {props.children}
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

/** A temporary state's end, which reads as over once it has passed. */
export function Until({ date }: { date: string }) {
  const ended = hasPassed(date);
  return (
    <span class={ended ? 'until ended' : 'until'}>
      {' ('}
      {t(ended ? 'untilEnded' : 'untilDate', formatDate(date))})
    </span>
  );
}
