// The same extension, built into dist/firefox/, in real Firefox: a reader's path through the
// demo article, the popup and a saved highlight. Driven by Puppeteer over WebDriver BiDi.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxTabIdOf,
  markPoint,
  openExtensionPage,
  readHighlights,
  waitForMarks,
} from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import {
  type Firefox,
  firefoxPageReport,
  pristineBody,
  serializeBody,
  startFirefox,
  termMarks,
} from './setup';

let firefox: Firefox;
let server: { origin: string; close(): Promise<void> };

const story = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chip rules story</title></head>
<body><article><h1>What the chip rules changed</h1>
<p id="one">The Bureau of Industry and Security first restricted advanced chips in October 2022, and Nvidia answered with the A800 and H800.</p>
<p id="two">A year later the update closed the gap those chips had used, and the H20 was designed for the new thresholds.</p>
<p id="three">HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.</p>
</article></body></html>`;

beforeAll(async () => {
  ({ firefox, server } = await startFirefox({ '/story.html': story }));
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openArticle(path = '/article.html'): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForMarks(page);
  return page;
}

/** The popup, opened in a tab as the page for `article`'s tab. */
async function openPopup(article: Page): Promise<Page> {
  const tabId = await firefoxTabIdOf(firefox.control, article);
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  await openExtensionPage(popup, `${firefox.origin}/popup/popup.html?tab=${tabId}`);
  return popup;
}

/** Clicks the popup's button whose visible text is `name`. */
async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForSelector(`button::-p-text(${name})`, { timeout: 5000 });
  await button!.click();
}

/** The open card's title, read from the extension's closed shadow root over WebDriver BiDi. */
const cardTitle = async (page: Page) => (await (await extensionUi(page)).text('.card h2')) ?? null;

const savedHighlights = async (page: Page) =>
  (await readHighlights(page))['ai-race-lens-hl-yellow'] ?? [];

describe('Firefox: the extension on the demo article', () => {
  it('marks the article’s AI-race terms', async () => {
    const page = await openArticle();
    const marks = termMarks(await readHighlights(page));
    for (const word of ['H20', 'Entity List', 'HBM', 'DeepSeek-R1', 'SMIC', 'Big Fund III']) {
      expect(marks).toContain(word);
    }
    // The star sign in the sidebar is not the Gemini model.
    expect(marks).not.toContain('Gemini');
    await page.close();
  });

  it('opens a card when the pointer rests on a term, and leaves the page’s DOM as it was', async () => {
    const page = await openArticle();
    const point = await markPoint(page, 'Entity List');
    expect(point).toBeDefined();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => cardTitle(page)).toBe('Entity List');
    // The card is inside the window and leaves the word it explains in view.
    const box = (await (
      await extensionUi(page)
    ).evaluate((root: ShadowRoot) => {
      const r = root.querySelector('.card')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: innerHeight };
    }))!;
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.h);
    expect(point!.y < box.top || point!.y > box.bottom).toBe(true);
    expect(await serializeBody(page)).toBe(await pristineBody(page));
    await page.close();
  });

  it('answers the popup, opened in a tab, with the page’s terms', async () => {
    const article = await openArticle();
    const report = await firefoxPageReport(firefox, article);
    expect(report.status).toBe('ok');
    expect(report.summary.terms.map((t) => t.title)).toContain('Nvidia H20');

    const popup = await openPopup(article);
    await clickButton(popup, 'This page');
    const titles = () =>
      popup.evaluate(() =>
        [...document.querySelectorAll('ul[aria-label="Terms on this page"] .row-title')].map(
          (el) => el.textContent,
        ),
      );
    await expect.poll(titles).toEqual(report.summary.terms.map((t) => t.title));
    await popup.close();
    await article.close();
  });
});

describe('Firefox: saving a highlight', () => {
  it('saves a selection, brings it back after a reload, and exports it', async () => {
    const page = await openArticle('/story.html');
    // A reader triple-clicks a paragraph and picks a colour in the bubble beside it.
    await page.click('#two', { count: 3 });
    await (await extensionUi(page)).click('button[aria-label="Save highlight in yellow"]');
    const quote =
      'A year later the update closed the gap those chips had used, and the H20 was designed for the new thresholds.';
    await expect.poll(() => savedHighlights(page)).toEqual([quote]);

    await page.reload();
    await expect.poll(() => savedHighlights(page)).toEqual([quote]);

    const popup = await openPopup(page);
    await clickButton(popup, 'Highlights');
    await expect
      .poll(() => popup.evaluate(() => document.body.textContent?.includes('A year later')))
      .toBe(true);
    await clickButton(popup, 'Export JSON');
    const exported = () =>
      readdirSync(firefox.downloadDir).filter((f) => /^ai-race-lens-highlights-.*\.json$/.test(f));
    await expect.poll(exported).toHaveLength(1);
    const file = join(firefox.downloadDir, exported()[0]!);
    // The download may still be being written: wait for the whole JSON.
    await expect
      .poll(() => {
        try {
          return JSON.parse(readFileSync(file, 'utf8')).items.length;
        } catch {
          return undefined;
        }
      })
      .toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).items[0].target.selector).toContainEqual(
      expect.objectContaining({ type: 'TextQuoteSelector', exact: quote }),
    );
    await popup.close();
    await page.close();
  });
});
