// Typed call maps between the extension's contexts. A message is `{ call, args }`; the reply
// type comes from the map, so a sender and its handler cannot disagree about a shape.

import type { HighlightRecord } from '../core/highlights';
import type { PageLanguage } from '../core/page-language';
import type { Relevance } from '../core/relevance';
import type { PageSummary } from '../core/summary';
import type { Term } from '../glossary/schema';
import type { CardLink } from '../glossary/term-cards';
import { browser, type Runtime } from './browser';

/** Why the popup could not read a tab, in words a reader understands. */
export type PageStatus = 'ok' | 'disabled' | 'site-disabled' | 'not-relevant';

export interface PageReport {
  status: PageStatus;
  url: string;
  title: string;
  summary: PageSummary;
  /** The language the page's terms are shown in: the page's own, unless the reader chose one. */
  language?: PageLanguage;
  /**
   * Saved highlights on this page: ids placed (and of those, the ones placed approximately,
   * because the text changed), and those that could not be placed.
   */
  highlights: { placed: string[]; approximate?: string[]; missing: string[] };
  /** Why the page was judged on or off topic (absent when it was not read at all). */
  relevance?: Pick<Relevance, 'relevant' | 'score' | 'verdict' | 'reasons'>;
  /** Set when the page had more term mentions than are drawn: how many are drawn. */
  marksCapped?: number;
}

/** What the content script answers (sent by the popup with tabs.sendMessage). */
export interface ContentCalls {
  'page/report': () => PageReport;
  'page/jump': (termId: string) => boolean;
  'highlight/save-selection': () => { saved: boolean; message: string };
  'highlight/focus': (id: string) => boolean;
}

/** What the service worker answers (sent by content scripts and the popup). */
export interface BackgroundCalls {
  'glossary/card': (termId: string) => TermCard | null;
  'page/scanned': (termCount: number) => void;
  'popup/show': (view: PopupRoute) => void;
  /** Every highlight write goes through the service worker, which checks who asks. */
  'highlights/save': (records: HighlightRecord[]) => void;
  'highlights/delete': (target: { url: string; id: string }) => void;
}

export type { CardLink };

/** A term with what its card links to, resolved so the hover card needs one round trip. */
export interface TermCard {
  term: Term;
  related: CardLink[];
  trends: CardLink[];
}

export type PopupRoute =
  | { view: 'page' }
  | { view: 'glossary'; query?: string }
  | { view: 'term'; id: string }
  | { view: 'trend'; id: string }
  | { view: 'highlights'; scope?: 'page' | 'all' }
  | { view: 'settings' };

export type CallMap<M> = { [K in keyof M]: (...args: never[]) => unknown };

export type Handlers<M extends CallMap<M>> = {
  [K in keyof M]: (
    args: Parameters<M[K]>,
    sender: Runtime.MessageSender,
  ) => ReturnType<M[K]> | Promise<ReturnType<M[K]>>;
};

export function callBackground<K extends keyof BackgroundCalls>(
  call: K,
  ...args: Parameters<BackgroundCalls[K]>
): Promise<ReturnType<BackgroundCalls[K]>> {
  return browser.runtime.sendMessage({ call, args }) as Promise<ReturnType<BackgroundCalls[K]>>;
}

export function callTab<K extends keyof ContentCalls>(
  tabId: number,
  call: K,
  ...args: Parameters<ContentCalls[K]>
): Promise<ReturnType<ContentCalls[K]>> {
  return browser.tabs.sendMessage(tabId, { call, args }) as Promise<ReturnType<ContentCalls[K]>>;
}

function isMessage(value: unknown): value is { call: string; args: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { call?: unknown }).call === 'string' &&
    Array.isArray((value as { args?: unknown }).args)
  );
}

/**
 * True for our own extension pages (the popup, the service worker or background page), never
 * for a content script, which always speaks from the web page's URL. The popup may be opened in
 * a tab, and Firefox then sets `sender.tab`, so that field cannot tell the two apart.
 */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
}

/**
 * Routes messages to handlers. Messages from other extensions or web pages are ignored:
 * `accept` decides which senders of our own extension may call.
 */
export function serve<M extends CallMap<M>>(
  handlers: Handlers<M>,
  accept: (sender: Runtime.MessageSender) => boolean,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !accept(sender) || !isMessage(message)) return;
    const handler = (
      handlers as Record<string, (a: unknown[], s: Runtime.MessageSender) => unknown>
    )[message.call];
    if (!handler) return;
    // Returning a promise (even of undefined) is how the polyfill sends a reply.
    return Promise.resolve(handler(message.args, sender)).then((v) => v ?? null);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
