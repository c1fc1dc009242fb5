// Serving local pages and launching Chromium with the built extension, for `npm start`, the
// end-to-end tests and the benchmarks alike.

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, NO_CHROME_MESSAGE, root } from './toolchain.mjs';

export const extensionDir = join(root, 'dist', 'chrome');

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
export async function launchWithExtension({ headless = true, viewport } = {}) {
  const executablePath = await findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  const profile = mkdtempSync(join(tmpdir(), 'ai-race-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: viewport ?? { width: 1280, height: 900 },
    args: [
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
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((k) => k.startsWith('ai-race-lens-term')),
    null,
    // Interval polling: animation frames don't run in background tabs.
    { timeout, polling: 100 },
  );
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

/** Scrolls the first term mark reading `text` into view and returns its centre (or undefined). */
export function markPoint(page, text) {
  return page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('ai-race-lens-term')) continue;
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== wanted) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = live.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return undefined;
  }, text);
}
