// The matcher and glossary index live in their own file (matcher.js), loaded the first time a
// page needs them: the content script that runs on every page stays small.
import type { Matcher } from '../core/matcher';
import { browser } from '../platform/browser';

let matcher: Promise<Matcher> | undefined;

/** Imported and built on first use: a page that never scans never pays for the index. */
export function loadMatcher(): Promise<Matcher> {
  matcher ??= import(/* @vite-ignore */ browser.runtime.getURL('matcher.js')).then(
    (m: { createMatcher: () => Matcher }) => m.createMatcher(),
  );
  return matcher;
}
