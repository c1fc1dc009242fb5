// Shared set-up for the end-to-end tests: the built extension in Chromium or Firefox, pages on
// localhost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import {
  type AnyPage,
  firefoxTabIdOf,
  launchFirefoxWithExtension,
  launchWithExtension,
  serveFiles,
  tabIdOf,
} from '../../scripts/lib/browser.mjs';

export { markPoint } from '../../scripts/lib/browser.mjs';

import { root } from '../../scripts/lib/toolchain.mjs';

export type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
export type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

export const fixturesDir = join(root, 'test', 'fixtures');
export const demoDir = join(root, 'test', 'fixtures', 'demo');

function serveTestPages(routes: Record<string, string | (() => string)>) {
  const preact = readFileSync(join(root, 'node_modules/preact/dist/preact.mjs'), 'utf8');
  return serveFiles([fixturesDir, demoDir, join(root, 'test', 'corpus')], {
    '/vendor/preact.mjs': preact,
    ...routes,
  });
}

export async function startAll(
  routes: Record<string, string | (() => string)> = {},
  options: { lang?: string } = {},
) {
  const server = await serveTestPages(routes);
  const browser = await launchWithExtension(options);
  return { server, browser };
}

/** The same test pages, with the extension installed in Firefox. */
export async function startFirefox(routes: Record<string, string | (() => string)> = {}) {
  const server = await serveTestPages(routes);
  const firefox = await launchFirefoxWithExtension();
  return { server, firefox };
}

/** Asks the page's content script for its report from an extension page in Firefox. */
export async function firefoxPageReport(firefox: Firefox, page: FirefoxPage) {
  const tabId = await firefoxTabIdOf(firefox.control, page);
  return firefox.control.evaluate(
    (id) => chrome.tabs.sendMessage(id, { call: 'page/report', args: [] }),
    tabId,
  ) as Promise<Awaited<ReturnType<typeof pageReport>>>;
}

/** Asks the page's content script for its report, the way the popup does. */
export async function pageReport(browser: Browser, page: Page) {
  const tabId = await tabIdOf(browser.worker, page);
  return browser.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { call: 'page/report', args: [] }),
    tabId,
  ) as Promise<{
    status: string;
    summary: { terms: { id: string; title: string; count: number }[]; trends: { id: string }[] };
  }>;
}

/** The page's body as HTML (the extension's one host element sits outside it, under <html>). */
export function serializeBody(page: AnyPage): Promise<string> {
  // Both drivers run a function without arguments the same way.
  return (page as Page).evaluate(() => document.body.outerHTML);
}

/** The body as the server sent it, parsed but never run through the extension. */
export function pristineBody(page: AnyPage): Promise<string> {
  return (page as Page).evaluate(async () => {
    const html = await (await window.fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.outerHTML;
  });
}

/** Sets the reader's settings as the popup would (storage.local, versioned). */
export async function setSettings(browser: Browser, value: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(
    (v) => chrome.storage.local.set({ settings: { version: 1, value: v } }),
    value,
  );
}

export const termMarks = (h: Record<string, string[]>) =>
  Object.entries(h)
    .filter(([name]) => name.startsWith('ai-race-lens-term'))
    .flatMap(([, ranges]) => ranges);
