// A reader opens news pages with the extension installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, waitForMarks } from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import {
  type Browser,
  markPoint,
  pageReport,
  pristineBody,
  serializeBody,
  startAll,
} from './setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  ({ browser, server } = await startAll());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const termMarks = (h: Record<string, string[]>) =>
  Object.entries(h)
    .filter(([name]) => name.startsWith('ai-race-lens-term'))
    .flatMap(([, ranges]) => ranges);

describe('the extension on a news article', () => {
  it('starts its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.worker.url()).toMatch(/background\.js$/);
  });

  it('marks the article’s AI-race terms and nothing in the site chrome', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    const marks = termMarks(await readHighlights(page));
    for (const word of [
      'H20',
      'Entity List',
      'HBM',
      'DeepSeek-R1',
      'SMIC',
      'Big Fund III',
      'AI+',
      'inference',
    ]) {
      expect(marks).toContain(word);
    }
    // The sidebar's snack review and star sign, and the potato chips at the launch event.
    expect(marks).not.toContain('Gemini');
    const chipsSentence = await page.evaluate(() =>
      [...CSS.highlights.get('ai-race-lens-term')!].some(
        (r) =>
          (r.startContainer.textContent ?? '').includes('potato chips') &&
          r.startContainer.textContent!.slice(r.startOffset, r.endOffset) === 'chips',
      ),
    );
    expect(chipsSentence).toBe(false);
    await page.close();
  });

  it('leaves the page’s own DOM exactly as it was, with a card open', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    const point = await markPoint(page, 'H20');
    await page.mouse.move(point!.x, point!.y);
    await (await extensionUi(page)).waitFor('.card h2');
    expect(await serializeBody(page)).toBe(await pristineBody(page));
    await page.close();
  });

  it('opens a card after the pointer rests on a term, and closes it with Esc', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    const point = await markPoint(page, 'Entity List');
    await page.mouse.move(point!.x, point!.y);
    const ui = await extensionUi(page);
    await expect.poll(() => ui.text('.card h2'), { timeout: 5000 }).toBe('Entity List');
    expect(await ui.count('.card .facts li')).toBeGreaterThan(0);
    expect(
      await ui.evaluate((root: ShadowRoot) =>
        root.querySelector('.card footer a')?.getAttribute('href'),
      ),
    ).toMatch(/^https?:\/\//);
    // The card stays while the pointer moves onto it.
    const box = (await ui.evaluate((root: ShadowRoot) => {
      const r = root.querySelector('.card')!.getBoundingClientRect();
      return { x: r.x, y: r.y };
    }))!;
    await page.mouse.move(point!.x, box.y + 10, { steps: 5 });
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await ui.count('.card')).toBe(1);
    // A related term in the card opens the popup on that term's view.
    const relatedTitle = await ui.text('.card .links button');
    await ui.click('.card .links button');
    await expect
      .poll(() =>
        browser.worker.evaluate(async () => {
          const got = await (
            chrome.storage as unknown as { session: typeof chrome.storage.local }
          ).session.get('popup.pendingRoute');
          return got['popup.pendingRoute'] as { view: string; id: string } | undefined;
        }),
      )
      .toMatchObject({ view: 'term' });
    expect(relatedTitle).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => ui.count('.card')).toBe(0);
    await page.close();
  });

  it('marks nothing on an off-topic page full of look-alike words', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/off-topic.html`);
    const report = await pageReport(browser, page);
    expect(report.status).toBe('not-relevant');
    expect(termMarks(await readHighlights(page))).toEqual([]);
    await page.close();
  });
});

describe('the popup', () => {
  it('lists the terms and trends found in the active tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    const report = await pageReport(browser, page);
    const tabId = await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true }))[0]!.id,
    );
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`);
    // The popup reopens where the reader last was (the card above sent it to a term).
    await popup.getByRole('button', { name: 'This page' }).first().click();
    const rows = popup.locator('ul[aria-label="Terms on this page"] .row-title');
    await rows.first().waitFor();
    const titles = await rows.allTextContents();
    expect(titles).toEqual(report.summary.terms.map((t) => t.title));
    expect(titles).toContain('Nvidia H20');
    await expect
      .poll(() => popup.locator('ul[aria-label="Trends on this page"] .row-title').count())
      .toBeGreaterThan(3);
    await popup.close();
    await page.close();
  });
});
