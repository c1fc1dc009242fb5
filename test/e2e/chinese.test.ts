// A reader whose browser speaks Chinese opens Chinese news pages: terms are marked by their
// Chinese names, cards lead with the Chinese name in the page's script, and the extension's own
// interface is in Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, showCard, tabIdOf, waitForMarks } from '../../scripts/lib/browser.mjs';
import { extensionUi } from '../../scripts/lib/extension-ui.mjs';
import { type Browser, startAll } from './setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  ({ browser, server } = await startAll({}, { lang: 'zh-CN' }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const termMarks = (h: Record<string, string[]>) =>
  Object.entries(h)
    .filter(([name]) => name.startsWith('ai-race-lens-term'))
    .flatMap(([, ranges]) => ranges);

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForMarks(page);
  return page;
}

/** Rests the pointer on the mark reading `text`; the open card's heading. */
async function cardHeading(page: Page, text: string): Promise<string> {
  return (await showCard(page, text)).title;
}

describe('Chinese pages with a zh-CN browser', () => {
  it('marks Chinese and mixed forms on a simplified page', async () => {
    const page = await openArticle('/zh/on-topic/nvidia-h20-license-requirement.html');
    const marks = termMarks(await readHighlights(page));
    for (const word of ['英伟达', '字节跳动', '阿里巴巴', '腾讯']) expect(marks).toContain(word);
    // "H20芯片": the chip's name glued to the Chinese word for chip still marks the H20.
    expect(marks.some((m) => m === 'H20' || m === 'H20芯片')).toBe(true);
    await page.close();
  });

  it('opens a card headed by the Chinese name with the English beside it', async () => {
    const page = await openArticle('/zh/on-topic/nvidia-h20-license-requirement.html');
    expect(await cardHeading(page, '英伟达')).toBe('英伟达 · Nvidia');
    const ui = await extensionUi(page);
    expect(
      await ui.evaluate((root) => root.querySelector('.card .summary')?.getAttribute('lang')),
    ).toBe('zh-Hans');
    expect(await ui.text('.card .lang-label')).toBe('英文');
    // Related terms and trends are named in Chinese too.
    const links = await ui.evaluate((root) =>
      [...root.querySelectorAll('.card .links button')].map((b) => b.textContent ?? ''),
    );
    expect(links!.length).toBeGreaterThan(0);
    expect(links!.filter((l) => /\p{Script=Han}/u.test(l)).length).toBeGreaterThan(
      links!.length / 2,
    );
    await page.close();
  });

  it('answers a traditional page in traditional script', async () => {
    const page = await openArticle('/zh/on-topic/tsmc-nvidia-ai-chip-demand-tw.html');
    expect(await cardHeading(page, '輝達')).toBe('輝達 · Nvidia');
    await page.close();
  });

  it('lists the page’s terms in a popup that speaks Chinese', async () => {
    const page = await openArticle('/zh/on-topic/nvidia-h20-license-requirement.html');
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: '本页', exact: true }).click();
    const rows = popup.locator('ul[aria-label="本页术语"] .row-title');
    await rows.first().waitFor();
    const titles = await rows.allTextContents();
    expect(titles).toContain('英伟达 · Nvidia');
    expect(titles.some((t) => t.startsWith('英伟达 H20'))).toBe(true);
    expect(await popup.getByRole('searchbox').getAttribute('placeholder')).toBe('搜索词汇表（/）');
    await popup.close();
    await page.close();
  });

  it('saves a highlight with controls, toasts and a popup list in Chinese', async () => {
    const page = await openArticle('/zh/on-topic/nvidia-h20-license-requirement.html');
    await page.locator('article p').nth(2).click({ clickCount: 3 });
    const ui = await extensionUi(page);
    // The bubble appears after the selection settles: wait for it rather than read it at once.
    await ui.waitFor('.bubble .bubble-label', '保存');
    await ui.click('button[aria-label="保存为黄色划线"]');
    await ui.waitFor('.toast span', '划线已保存。在弹出窗口的“划线”里可以找到。');
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: '划线', exact: true }).click();
    const items = popup.locator('ul[aria-label="已保存的划线"] > li');
    await items.first().waitFor();
    for (const name of ['打开', '编辑', '删除'])
      expect(await items.first().getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: '导出 Markdown' }).count()).toBe(1);
    await items.first().getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => popup.locator('.hl-message').textContent()).toBe('划线已删除。 撤销');
    await popup.close();
    await page.close();
  });
});
