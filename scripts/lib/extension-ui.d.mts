import type { AnyPage } from './browser.mjs';

export interface ExtensionUi {
  /** Runs `fn(shadowRoot, arg)` in the page; undefined while the UI doesn't exist yet. */
  evaluate<A, R>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | undefined>;
  /** Waits for a control (optionally reading `text`) and returns its centre. */
  waitFor(selector: string, text?: string, timeout?: number): Promise<{ x: number; y: number }>;
  text(selector: string): Promise<string | undefined>;
  count(selector: string): Promise<number | undefined>;
  /** A real mouse click on the control. */
  click(selector: string, text?: string): Promise<void>;
}

export function extensionUi(page: AnyPage): Promise<ExtensionUi>;
