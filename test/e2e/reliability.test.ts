// The extension must never get in a page's way: re-rendering apps, editors, settings switched
// at runtime, content that arrives late, and very long pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, waitForMarks } from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import { makePage } from '../bench/pages';
import { type Browser, markPoint, pageReport, setSettings, startAll, termMarks } from './setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/long.html': makePage(50_000, 0.25, 7) }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages that change under the extension', () => {
  it('a Preact app re-rendering every 100 ms keeps rendering, without errors, while marked', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/rerender.html`);
    await waitForMarks(page);
    const before = await page.evaluate(() => (window as unknown as { ticks(): number }).ticks());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { ticks(): number }).ticks()), {
        timeout: 10_000,
      })
      .toBeGreaterThan(before + 10);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { renderErrors: string[] }).renderErrors),
    ).toEqual([]);
    expect(await page.locator('#ticker').textContent()).toMatch(/^Update \d+: the Bureau/);
    expect(termMarks(await readHighlights(page))).toContain('Entity List');
    await page.close();
  });

  it('marks text that arrives after load, and drops marks on removed text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent =
        'Late update: Moore Threads and Biren also face the foreign direct product rule.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(async () => termMarks(await readHighlights(page))).toContain('Moore Threads');
    // The new mark answers the pointer like the others.
    const point = (await markPoint(page, 'Moore Threads'))!;
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(async () => (await extensionUi(page)).text('.card h2'), { timeout: 5000 })
      .toBe('Moore Threads');
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect
      .poll(async () => termMarks(await readHighlights(page)))
      .not.toContain('Moore Threads');
    await page.close();
  });

  it('never reads or changes an editor: typing into contenteditable and textarea works as usual', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editable.html`);
    await waitForMarks(page);
    const inEditor = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      return [...CSS.highlights.values()].some((h) =>
        [...h].some((r) => editor.contains(r.startContainer)),
      );
    });
    expect(inEditor).toBe(false);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Also HBM.');
    expect(await page.locator('#editor').innerHTML()).toBe(
      '<p>My draft about the H20 and the Entity List. Also HBM.</p>',
    );
    await page.fill('#notes', 'Export controls on HBM and the H20');
    expect(await page.inputValue('#notes')).toBe('Export controls on HBM and the H20');
    await page.close();
  });
});

describe('settings take effect in open tabs', () => {
  it('switching annotations off removes every mark, and on brings them back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    await setSettings(browser, { enabled: false });
    await expect.poll(async () => termMarks(await readHighlights(page)).length).toBe(0);
    await setSettings(browser, { enabled: true });
    await waitForMarks(page);
    await page.close();
  });

  it('marks only the first mention of each term when asked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    const report = await pageReport(browser, page);
    await setSettings(browser, { mentions: 'first' });
    await expect
      .poll(async () => termMarks(await readHighlights(page)).length)
      .toBe(report.summary.terms.length);
    await setSettings(browser, { mentions: 'all', markStyle: 'tint' });
    await expect
      .poll(async () => Object.keys(await readHighlights(page)))
      .toContain('ai-race-lens-term-tint');
    await setSettings(browser, {});
    await page.close();
  });

  it('leaves a site alone once the reader switches it off', async () => {
    await setSettings(browser, { disabledSites: ['127.0.0.1'] });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    const report = await pageReport(browser, page);
    expect(report.status).toBe('site-disabled');
    expect(termMarks(await readHighlights(page))).toEqual([]);
    await setSettings(browser, {});
    await waitForMarks(page);
    await page.close();
  });
});

describe('a 50,000-word page', () => {
  it('is fully marked and stays responsive: its own handlers and animation frames keep running', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { frames_: number; clicks: number };
      w.frames_ = 0;
      w.clicks = 0;
      const frame = () => {
        w.frames_++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      document.addEventListener('click', () => w.clicks++);
    });
    await page.goto(`${server.origin}/long.html`);
    await page.click('h1');
    await waitForMarks(page, 30_000);
    await page.click('h1');
    const state = await page.evaluate(() => {
      const w = window as unknown as { frames_: number; clicks: number };
      return { clicks: w.clicks, frames_: w.frames_ };
    });
    expect(state.clicks).toBe(2);
    expect(state.frames_).toBeGreaterThan(0);
    const report = await pageReport(browser, page);
    const count = report.summary.terms.reduce((n, t) => n + t.count, 0);
    await expect.poll(async () => termMarks(await readHighlights(page)).length).toBe(count);
    await page.close();
  });
});
