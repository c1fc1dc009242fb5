// Serving local pages and launching Chromium or Firefox with the built extension, for
// `npm start`, the end-to-end tests, the screenshots and the benchmarks alike. Chromium is driven
// by Playwright over CDP; Firefox by Puppeteer over WebDriver BiDi. The page helpers at the end
// (readHighlights, waitForMarks, markPoint) take a page from either.

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { extensionUi } from './extension-ui.mjs';
import { FIREFOX_ADDON_ID } from './manifests.mjs';
import {
  BRANDED_CHROME_MESSAGE,
  findChrome,
  findFirefox,
  isBrandedChrome,
  root,
} from './toolchain.mjs';

export const extensionDir = join(root, 'dist', 'chrome');
export const firefoxExtensionDir = join(root, 'dist', 'firefox');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves files from `dirs` (first match wins) on 127.0.0.1 and a free port. `routes` adds
 * generated pages by path.
 */
export async function serveFiles(dirs, routes = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = routes[path];
    if (generated !== undefined) {
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? TYPES['.html'],
        'cache-control': 'no-store',
      });
      res.end(typeof generated === 'function' ? generated() : generated);
      return;
    }
    for (const dir of dirs) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(resolve(dir))) break;
      try {
        if (!statSync(file).isFile()) continue;
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(readFileSync(file));
        return;
      } catch {}
    }
    res.writeHead(404).end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Chromium with dist/chrome/ loaded, a fresh profile, and the extension's id. */
export async function launchWithExtension({ headless = true, viewport, lang } = {}) {
  const executablePath = await findChrome();
  if (isBrandedChrome(executablePath)) throw new Error(BRANDED_CHROME_MESSAGE);
  const profile = mkdtempSync(join(tmpdir(), 'ai-race-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: viewport ?? { width: 1280, height: 900 },
    // The browser's own language (what chrome.i18n follows), e.g. 'zh-CN'.
    ...(lang ? { locale: lang } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Every Firefox run gives the add-on this internal UUID (Firefox picks a random one per profile
 * otherwise), so tests and scripts know its pages' addresses before it starts.
 */
export const FIREFOX_EXTENSION_UUID = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/**
 * Firefox with dist/firefox/ (or a release zip) installed as a temporary add-on (no signing), a fresh
 * profile, and downloads saved without asking into `downloadDir`.
 */
export async function launchFirefoxWithExtension({
  headless = true,
  viewport,
  extension = firefoxExtensionDir,
} = {}) {
  const executablePath = await findFirefox();
  const downloadDir = mkdtempSync(join(tmpdir(), 'ai-race-lens-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: viewport ?? { width: 1280, height: 900 },
    // Lets the automation open moz-extension:// pages, such as the popup in a tab.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID,
      }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    await browser.installExtension(extension);
  } catch (err) {
    await browser.close();
    throw new Error(`Firefox refused the add-on in ${extension}: ${err.message}`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  // An extension page in its own tab: where the tests call extension APIs (tabs, storage).
  const control = await browser.newPage();
  await openExtensionPage(control, `${origin}/popup/popup.html`);
  return {
    browser,
    control,
    origin,
    downloadDir,
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in a Puppeteer page. page.goto would wait forever: Firefox sends no
 * navigation event over BiDi for moz-extension:// loads, so the tab's browsing context is
 * navigated directly and the new document is awaited.
 */
export async function openExtensionPage(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
  await page.waitForFunction(
    (u) => location.href === u && document.readyState === 'complete',
    { polling: 50, timeout: 10_000 },
    url,
  );
}

/** The id of the Firefox tab showing `page`, asked of an extension page (Firefox shows it URLs). */
export async function firefoxTabIdOf(control, page) {
  const url = page.url();
  const id = await control.evaluate(async (u) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no Firefox tab shows ${url}`);
  return id;
}

/** The extension's highlights as the page sees them: name → the text of each range. */
export function readHighlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/** Waits until the content script has registered term marks (or `timeout` passes). */
export async function waitForMarks(page, timeout = 10_000) {
  // Polled from here, not in the page: animation frames don't run in background tabs, and
  // Playwright and Puppeteer disagree on waitForFunction's arguments.
  const deadline = Date.now() + timeout;
  const marked = () =>
    page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('ai-race-lens-term')));
  while (!(await marked().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`no term marks on ${page.url()} in ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The id of the tab showing `page`, asked of the service worker (the active tab). */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  const url = page.url();
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const hit = tabs.find((t) => t.url === u) ?? tabs[0];
    return hit?.id;
  }, url);
}

/**
 * Runs in the page: scrolls the first term mark reading `wanted` into view, centred or near the
 * top (so a card opening below it has the rest of the window), and returns its centre.
 */
function scrollToMark({ wanted, nearTop }) {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('ai-race-lens-term')) continue;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== wanted) continue;
      if (nearTop) {
        const top = live.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: Math.max(0, top - 120), behavior: 'instant' });
      } else live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return undefined;
}

/** Scrolls the first term mark reading `text` into view and returns its centre (or undefined). */
export function markPoint(page, text) {
  return page.evaluate(scrollToMark, { wanted: text, nearTop: false });
}

/**
 * Terms for the card in the demo screenshot (npm start) and the README's hero, in order of
 * preference: both show the first whose card fits on screen whole, so the same one.
 */
export const DEMO_TERMS = ['DeepSeek-R1', 'inference', 'EUV', 'test-time compute', 'Kimi K2'];

/**
 * Opens the card of the first of DEMO_TERMS that fits on screen whole (else of the first one)
 * and returns it as showCard does.
 */
export function showDemoCard(page) {
  return showFirstWholeCard(page, DEMO_TERMS);
}

/**
 * Opens the card of the first of `terms` (mark texts, in order of preference) whose card fits
 * on screen whole, else of the first that has a card, and returns it as showCard does.
 */
export async function showFirstWholeCard(page, terms) {
  let first;
  for (const term of terms) {
    const card = await showCard(page, term).catch(() => undefined);
    // Give the card a moment to settle at its measured size.
    await new Promise((ok) => setTimeout(ok, 150));
    const settled = card && (await showCard(page, term).catch(() => undefined));
    if (settled?.whole) return settled;
    first ??= settled && term;
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await new Promise((ok) => setTimeout(ok, 400));
  }
  if (!first) throw new Error(`none of ${terms.join(', ')} has a card`);
  return showCard(page, first);
}

/**
 * Rests the pointer on the first mark reading `text`, placed so its card opens below it with
 * room to spare, and waits for the card. Returns the card's title and whether all of it is on
 * screen (inside the viewport, nothing scrolled out of view inside it).
 */
export async function showCard(page, text, timeout = 5000) {
  const point = await page.evaluate(scrollToMark, { wanted: text, nearTop: true });
  if (!point) throw new Error(`no mark reads "${text}"`);
  await page.mouse.move(point.x, point.y);
  // The card is in the extension's closed shadow root: read through the remote protocol.
  const ui = await extensionUi(page);
  const readCard = () =>
    ui.evaluate((root) => {
      const card = root.querySelector('.card');
      const title = card?.querySelector('h2')?.textContent;
      if (!card || !title) return undefined;
      const r = card.getBoundingClientRect();
      const onScreen =
        r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      return { title, whole: onScreen && card.scrollHeight <= card.clientHeight + 1 };
    });
  const deadline = Date.now() + timeout;
  for (;;) {
    const card = await readCard();
    if (card) return card;
    if (Date.now() > deadline) throw new Error(`no card opened on "${text}" in ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
