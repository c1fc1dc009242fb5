// A reader saves passages, comes back to them, and takes them elsewhere.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, tabIdOf, waitForMarks } from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import { type Browser, startAll } from './setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

// A story the site edits between visits: a paragraph is added and a word is changed.
let storyVersion = 1;
const story =
  () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chip rules story</title></head>
<body><article><h1>What the chip rules changed</h1>
${storyVersion > 1 ? '<p>Update: this story was revised on Friday with comment from the Commerce Department.</p>' : ''}
<p id="one">The Bureau of Industry and Security first restricted advanced chips in October 2022, and Nvidia answered with the A800 and H800.</p>
<p id="two">A year later the update closed the gap those chips had ${storyVersion > 1 ? 'exploited' : 'used'}, and the H20 was designed for the new thresholds.</p>
<p id="three">HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.</p>
</article></body></html>`;

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/story.html': () => story() }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlightTexts = async (page: Page, color = 'yellow') =>
  (await readHighlights(page))[`ai-race-lens-hl-${color}`] ?? [];

async function storedCount(): Promise<number> {
  const all = await browser.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.keys(all).filter((k) => k.startsWith('hl:')).length;
}

async function selectParagraph(page: Page, selector: string) {
  // A reader triple-clicks a paragraph to select it.
  await page.click(selector, { clickCount: 3 });
}

describe('saving a highlight', () => {
  it('saves a selection from the button next to it, and shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await waitForMarks(page);
    await selectParagraph(page, '#two');
    const ui = await extensionUi(page);
    await ui.click('button[aria-label="Save highlight in yellow"]');
    await expect
      .poll(() => highlightTexts(page))
      .toEqual([
        'A year later the update closed the gap those chips had used, and the H20 was designed for the new thresholds.',
      ]);
    expect(await storedCount()).toBe(1);
    await page.close();
  });

  it('brings it back on the next visit, even after the site edited the story', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await expect.poll(() => highlightTexts(page)).toHaveLength(1);
    storyVersion = 2;
    await page.reload();
    await expect
      .poll(() => highlightTexts(page))
      .toEqual([
        'A year later the update closed the gap those chips had exploited, and the H20 was designed for the new thresholds.',
      ]);
    await page.close();
  });

  it('saves from the context menu and the keyboard shortcut path, even right after the service worker stopped', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await waitForMarks(page);
    const tabId = await tabIdOf(browser.worker, page);
    // Stop the service worker, as Chrome does after 30 idle seconds.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await selectParagraph(page, '#three');
    const ui = await extensionUi(page);
    await ui.click('button[aria-label="Save highlight in green"]');
    await expect.poll(() => highlightTexts(page, 'green')).toHaveLength(1);
    // The context menu and Alt+Shift+H send this message to the tab (here from an extension
    // page, as the worker that normally sends it is stopped).
    await selectParagraph(page, '#one');
    const sender = await browser.context.newPage();
    await sender.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    const result = await sender.evaluate(
      (id) => chrome.tabs.sendMessage(id, { call: 'highlight/save-selection', args: [] }),
      tabId,
    );
    await sender.close();
    expect(result).toEqual({ saved: true, message: 'saved' });
    await page.reload();
    await expect
      .poll(
        async () =>
          (await highlightTexts(page)).length + (await highlightTexts(page, 'green')).length,
      )
      .toBe(3);
    await page.close();
  });

  it('shows a saved highlight’s note editor on hover and saves the note', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await expect.poll(() => highlightTexts(page, 'green')).toHaveLength(1);
    const box = (await page.locator('#three').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    const ui = await extensionUi(page);
    // The note stays out of the card until the reader asks for it.
    await ui.click('button.show-note', 'Add a note');
    await ui.click('textarea.note');
    await page.keyboard.type('HBM is the real bottleneck.');
    await ui.click('button.save-note');
    const noteSaved = async () => {
      const all = await browser.worker.evaluate(() => chrome.storage.local.get(null));
      return Object.values(all).some(
        (v) => (v as { note?: string }).note === 'HBM is the real bottleneck.',
      );
    };
    await expect.poll(noteSaved).toBe(true);
    // Deleting from the page offers Undo, which brings the highlight back.
    await ui.click('button.delete');
    await expect.poll(() => highlightTexts(page, 'green')).toEqual([]);
    await ui.click('button.toast-action', 'Undo');
    await expect.poll(() => highlightTexts(page, 'green')).toHaveLength(1);
    await expect.poll(noteSaved).toBe(true);
    await page.close();
  });
});

describe('the popup’s highlights', () => {
  it('exports them, and imports the export back after a delete', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await expect.poll(() => highlightTexts(page)).toHaveLength(2);
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Highlights' }).click();
    const items = popup.locator('ul[aria-label="Saved highlights"] > li');
    await expect.poll(() => items.count()).toBe(3);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).items).toHaveLength(3);

    await items.first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => storedCount()).toBe(2);
    await popup.locator('input[type="file"]').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => storedCount()).toBe(3);
    expect(await popup.getByRole('status').first().textContent()).toMatch(/Imported 1 new/);
    await popup.close();
    await page.close();
  });

  it('opens a highlight from another page: the page opens and shows it', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    await popup.getByRole('button', { name: 'Highlights' }).click();
    await popup.getByRole('button', { name: 'All pages' }).click();
    const item = popup.locator('ul[aria-label="Saved highlights"] > li', {
      hasText: 'HBM from SK hynix',
    });
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      item.getByRole('button', { name: 'Open' }).click(),
    ]);
    await opened.waitForLoadState();
    await expect
      .poll(async () => (await readHighlights(opened))['ai-race-lens-focus'] ?? [])
      .toEqual([
        'HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.',
      ]);
    await opened.close();
    await popup.close();
  });

  it('refuses a bad import with the reason, and changes nothing', async () => {
    const before = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
    await popup.getByRole('button', { name: 'Highlights' }).click();
    await popup.getByRole('button', { name: 'All pages' }).click();
    await popup.locator('input[type="file"]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"ai-race-lens-highlights","version":1,"items":[{"type":"Annotation"}]}',
      ),
    });
    expect(await popup.getByRole('alert').textContent()).toBe(
      'Import refused. Highlight 1: has no valid id. Nothing was imported. ',
    );
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    await popup.close();
  });
});
