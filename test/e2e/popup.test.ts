// The popup, opened as a page for the demo article's tab: what a reader sees and does in it,
// with the pointer and with the keyboard alone, and what it changes in the article.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, tabIdOf, waitForMarks } from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import { type Browser, pageReport, startAll, termMarks } from './setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };
let article: Page;
let popup: Page;
let popupUrl: string;

beforeAll(async () => {
  ({ browser, server } = await startAll());
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
  await waitForMarks(article);
  const tabId = await tabIdOf(browser.worker, article);
  popupUrl = `chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`;
  popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
});
afterAll(async () => {
  for (const w of seen.values()) w.stop();
  await browser?.close();
  await server?.close();
});

/** Loads the popup for the article's tab and starts on "This page" (it reopens where it was). */
async function openPopup(): Promise<void> {
  // In front: clicks wait for animation frames, which background tabs don't get.
  await popup.bringToFront();
  await popup.goto(popupUrl);
  await popup.getByRole('button', { name: 'This page', exact: true }).click();
  await popup.locator('ul[aria-label="Terms on this page"] .row-title').first().waitFor();
}

/**
 * Starts recording the cards that open in `page` (by their labels, "About Nvidia H20"). The
 * cards live in a closed shadow root, so they are looked at through the DevTools protocol,
 * every 30 ms.
 */
const seen = new Map<Page, { labels: string[]; stop: () => void }>();
async function watchCards(page: Page): Promise<void> {
  seen.get(page)?.stop();
  const ui = await extensionUi(page);
  const labels: string[] = [];
  let running = true;
  void (async () => {
    while (running) {
      const label = await ui
        .evaluate((root: ShadowRoot) => root.querySelector('.card')?.getAttribute('aria-label'))
        .catch(() => undefined);
      if (label && !labels.includes(label)) labels.push(label);
      await new Promise((r) => setTimeout(r, 30));
    }
  })();
  seen.set(page, { labels, stop: () => (running = false) });
}

const cardsSeen = async (page: Page) => seen.get(page)?.labels ?? [];

const termRows = () => popup.locator('ul[aria-label="Terms on this page"] .row-main');
const heading = () => popup.locator('main h1');
const focusedText = () => popup.evaluate(() => document.activeElement?.textContent ?? '');
const focusedList = () =>
  popup.evaluate(() => document.activeElement?.closest('ul')?.getAttribute('aria-label') ?? null);

describe('the popup for the demo article', () => {
  it('lists the article’s terms in reading order and the trends it touches', async () => {
    await openPopup();
    const report = await pageReport(browser, article);
    expect(report.status).toBe('ok');
    const titles = await popup
      .locator('ul[aria-label="Terms on this page"] .row-title')
      .allTextContents();
    expect(titles).toEqual(report.summary.terms.map((t) => t.title));
    expect(titles).toContain('Nvidia H20');
    const h20 = report.summary.terms.find((t) => t.id === 'h20')!;
    await expect
      .poll(() => termRows().filter({ hasText: 'Nvidia H20' }).first().textContent())
      .toContain(`×${h20.count}`);
    const trends = popup.locator('ul[aria-label="Trends on this page"] li');
    expect(await trends.count()).toBeGreaterThanOrEqual(Math.min(5, report.summary.trends.length));
    expect(await trends.first().locator('.why-here').textContent()).toMatch(/^via /);
  });

  it('searches the whole glossary', async () => {
    await openPopup();
    await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('h-20');
    const results = popup.locator('ul[aria-label="Glossary results"] .row-title');
    await expect.poll(() => results.first().textContent()).toBe('Nvidia H20');
    expect(await popup.getByRole('status').textContent()).toMatch(/for “h-20”/);
    await popup.getByRole('searchbox').fill('entity-list');
    await expect.poll(() => results.first().textContent()).toBe('Entity List');
  });

  it('opens a term, then a trend, and marks the trend’s terms found on the page', async () => {
    await openPopup();
    await termRows().filter({ hasText: 'Nvidia H20' }).first().click();
    await expect.poll(() => popup.locator('#term-title').textContent()).toBe('Nvidia H20');
    expect(await popup.locator('.timeline time').count()).toBeGreaterThan(0);
    expect(await popup.locator('.sources a').first().getAttribute('target')).toBe('_blank');
    await popup.locator('.chips button', { hasText: 'China-specific chips' }).first().click();
    await expect
      .poll(() => popup.locator('#trend-title').textContent())
      .toBe('China-specific chips and the licence bargain');
    expect(await popup.locator('.timeline li').count()).toBeGreaterThan(2);
    expect(await popup.getByRole('button', { name: 'Nvidia H20 (on this page)' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => popup.locator('#term-title').textContent()).toBe('Nvidia H20');
  });

  it('jumps to a term in the article: it scrolls there and opens the term’s card', async () => {
    await openPopup();
    await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await article.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await watchCards(article);
    await popup.getByRole('button', { name: 'Jump to Entity List in the page' }).click();
    // The popup and the article are different tabs here; in the real popup the article is
    // the visible tab behind it.
    await article.bringToFront();
    await expect.poll(() => article.evaluate(() => window.scrollY)).not.toBe(before);
    await expect.poll(() => cardsSeen(article)).toContain('About Entity List');
    // The term's own card in the popup offers the same jump.
    await popup.bringToFront();
    await termRows().filter({ hasText: 'Nvidia H20' }).first().click();
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: 'Jump to it in the page' }).click();
    await article.bringToFront();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => cardsSeen(article)).toContain('About Nvidia H20');
    await popup.bringToFront();
  });

  it('keeps the card open after a jump, with the term’s title', async () => {
    await openPopup();
    await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await popup
      .getByRole('button', { name: 'Jump to HBM (high-bandwidth memory) in the page' })
      .click();
    await article.bringToFront();
    const ui = await extensionUi(article);
    try {
      await expect.poll(() => ui.text('.card h2')).toBe('HBM (high-bandwidth memory)');
    } finally {
      await article.keyboard.press('Escape');
      await popup.bringToFront();
    }
  });

  it('turns annotations off in the article from Settings, and back on', async () => {
    await openPopup();
    await popup.getByRole('button', { name: 'Settings' }).click();
    const annotate = popup.getByRole('checkbox', { name: 'Annotate AI-race terms on pages' });
    expect(await annotate.isChecked()).toBe(true);
    await annotate.uncheck();
    try {
      await expect.poll(async () => termMarks(await readHighlights(article))).toEqual([]);
      await expect.poll(async () => (await pageReport(browser, article)).status).toBe('disabled');
      await popup.bringToFront();
      await popup.reload();
      await popup.getByRole('button', { name: 'This page', exact: true }).click();
      expect(await popup.getByRole('status').textContent()).toMatch(/switched off/);
      await popup.getByRole('button', { name: 'Open Settings' }).click();
    } finally {
      await popup.bringToFront();
      await popup.getByRole('checkbox', { name: 'Annotate AI-race terms on pages' }).check();
    }
    await expect
      .poll(async () => termMarks(await readHighlights(article)).length)
      .toBeGreaterThan(0);
  });

  it('works from the keyboard alone', async () => {
    await openPopup();
    await popup.bringToFront();
    // From the top of the popup, Tab reaches the trends list, then the terms list: one stop each.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: (string | null)[] = [];
    for (let i = 0; i < 12 && (await focusedList()) !== 'Terms on this page'; i++) {
      await popup.keyboard.press('Tab');
      stops.push(await focusedList());
    }
    expect(stops).toContain('Trends on this page');
    expect(stops.filter((s) => s === 'Trends on this page')).toHaveLength(1);
    expect(await focusedList()).toBe('Terms on this page');
    const titles = await popup
      .locator('ul[aria-label="Terms on this page"] .row-title')
      .allTextContents();
    expect(await focusedText()).toContain(titles[0]);
    // The ring shows where focus is.
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe(
      'solid',
    );
    await popup.keyboard.press('ArrowDown');
    expect(await focusedText()).toContain(titles[1]);
    await popup.keyboard.press('End');
    expect(await focusedText()).toContain(titles.at(-1));
    await popup.keyboard.press('Home');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => heading().textContent()).toBe(titles[1]);
    expect(await popup.evaluate(() => document.activeElement?.localName)).toBe('h1');
    // Tab goes on into the card.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => heading().textContent()).toBe('This page');
    // Focus is back on the term that was opened.
    expect(await focusedText()).toContain(titles[1]);
    // "/" to search, ArrowDown into the results, Enter to open, Backspace to go back.
    await popup.keyboard.press('/');
    await popup.keyboard.type('hbm');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedList()).toBe('Glossary results');
    const first = await focusedText();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('#term-title').count()).toBe(1);
    expect(first).toContain(await popup.locator('#term-title').textContent());
    await popup.keyboard.press('Backspace');
    await expect.poll(() => focusedList()).toBe('Glossary results');
    // Alt+Left goes back in the popup, not in the tab's own history.
    await popup.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => heading().textContent()).toBe('This page');
    expect(popup.url()).toBe(popupUrl);
  });

  it('stays readable with a large font: nothing spills out sideways', async () => {
    await openPopup();
    await popup.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = () =>
      popup.evaluate(() =>
        [document.querySelector('.top')!, document.querySelector('main')!].map(
          (el) => el.scrollWidth - el.clientWidth,
        ),
      );
    expect(await overflow()).toEqual([0, 0]);
    await termRows().filter({ hasText: 'Nvidia H20' }).first().click();
    expect(await overflow()).toEqual([0, 0]);
    await popup.getByRole('button', { name: 'Glossary' }).click();
    expect(await overflow()).toEqual([0, 0]);
    await popup.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  });

  it('keeps working after the service worker stops', async () => {
    // Stop the extension's service worker through the DevTools protocol, as Chrome does when
    // it is idle.
    const cdp = await browser.context.newCDPSession(popup);
    const stopped = new Promise<void>((ok) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) ok();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
    await openPopup();
    const titles = await popup
      .locator('ul[aria-label="Terms on this page"] .row-title')
      .allTextContents();
    expect(titles).toContain('Nvidia H20');
    await popup.getByRole('searchbox').fill('smic');
    await expect
      .poll(() => popup.locator('ul[aria-label="Glossary results"] .row-title').count())
      .toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'This page', exact: true }).click();
    await article.evaluate(() => window.scrollTo(0, 0));
    await watchCards(article);
    await popup.getByRole('button', { name: 'Jump to Nvidia H20 in the page' }).click();
    await article.bringToFront();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => cardsSeen(article)).toContain('About Nvidia H20');
  });
});
