// Regenerates the README's screenshots in test/screenshots/: the annotated demo article with a
// card open, and the popup's views in light and dark. Run: node scripts/screenshots.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchWithExtension,
  serveFiles,
  showDemoCard,
  showFirstWholeCard,
  tabIdOf,
  waitForMarks,
} from './lib/browser.mjs';
import { extensionUi } from './lib/extension-ui.mjs';
import { root } from './lib/toolchain.mjs';

const out = join(root, 'test', 'screenshots');
mkdirSync(out, { recursive: true });
if (spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const server = await serveFiles([join(root, 'test', 'fixtures', 'demo')]);
const browser = await launchWithExtension();
const page = browser.context.pages()[0] ?? (await browser.context.newPage());

for (const scheme of ['light', 'dark']) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${server.origin}/article.html`);
  await waitForMarks(page);
  const tabId = await tabIdOf(browser.worker, page);
  if (scheme === 'light') {
    // The same term as the demo screenshot of `npm start`: the first whose card fits whole.
    const card = await showDemoCard(page);
    if (!card.whole) console.warn(`The card for ${card.title} does not fit on screen whole.`);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, 'article-card.png') });
    await page.mouse.move(5, 5);
    // Save two passages as highlights, as a reader would, for the highlights view.
    const ui = await extensionUi(page);
    for (const [nth, color] of [
      [6, 'yellow'],
      [12, 'green'],
    ]) {
      await page.locator('article p').nth(nth).click({ clickCount: 3 });
      await ui.click(`button[aria-label="Save highlight in ${color}"]`);
      await page.waitForTimeout(300);
    }
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  const base = `chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`;
  await popup.goto(base);
  // The popup reopens where the reader was: start from "This page".
  await popup
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'This page' })
    .click();
  await popup.locator('.row-title').first().waitFor();
  await popup.screenshot({ path: join(out, `popup-page-${scheme}.png`) });
  await popup
    .locator('ul[aria-label="Terms on this page"] .row-main', { hasText: 'Nvidia H20' })
    .first()
    .click();
  await popup.locator('#term-title').waitFor();
  await popup.screenshot({ path: join(out, `popup-term-${scheme}.png`) });
  await popup.locator('.chips button', { hasText: 'China-specific chips' }).first().click();
  await popup.locator('#trend-title').waitFor();
  await popup.screenshot({ path: join(out, `popup-trend-${scheme}.png`) });
  await popup.getByRole('searchbox').fill('entity-list');
  await popup.locator('.row-title').first().waitFor();
  await popup.screenshot({ path: join(out, `popup-search-${scheme}.png`) });
  await popup.getByRole('button', { name: 'Highlights' }).click();
  await popup.locator('.hl-item').first().waitFor();
  await popup.screenshot({ path: join(out, `popup-highlights-${scheme}.png`) });
  await popup
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await popup.locator('form.settings').waitFor();
  await popup.screenshot({ path: join(out, `popup-settings-${scheme}.png`) });
  await popup.close();
}
await browser.close();
await server.close();

// A Chinese page in a browser set to Chinese: the card leads with the Chinese name, and the
// popup lists the page's terms by their Chinese names.
const zhServer = await serveFiles([join(root, 'test', 'corpus', 'zh', 'on-topic')]);
const zhBrowser = await launchWithExtension({ lang: 'zh-CN' });
const zhPage = zhBrowser.context.pages()[0] ?? (await zhBrowser.context.newPage());
await zhPage.goto(`${zhServer.origin}/nvidia-h20-license-requirement.html`);
// The corpus page is bare HTML: give it a news site's measure and type before the picture.
await zhPage.addStyleTag({
  content:
    'body{max-width:720px;margin:24px auto;font:17px/1.8 sans-serif;color:#1c1917}header,footer{display:none}h1{font-size:28px;line-height:1.4}article{padding-bottom:60vh}',
});
await waitForMarks(zhPage);
// The H20's card is too long to fit whole: the first of a few other terms of the article whose
// card does (the README's caption names it). Room below the article lets a mark low on the page
// scroll near the top, with the card below it.
const zhCard = await showFirstWholeCard(zhPage, [
  '推理',
  '大模型',
  '字节跳动',
  '算力',
  '腾讯',
  '出口许可证',
]);
console.log(`Chinese card: ${zhCard.title}`);
if (!zhCard.whole) console.warn(`The card for ${zhCard.title} does not fit on screen whole.`);
await zhPage.waitForTimeout(200);
await zhPage.screenshot({ path: join(out, 'article-card-zh.png') });
const zhPopup = await zhBrowser.context.newPage();
await zhPopup.setViewportSize({ width: 400, height: 600 });
const zhTab = await tabIdOf(zhBrowser.worker, zhPage);
await zhPopup.goto(`chrome-extension://${zhBrowser.extensionId}/popup/popup.html?tab=${zhTab}`);
await zhPopup.locator('.row-title').first().waitFor();
await zhPopup.screenshot({ path: join(out, 'popup-page-zh.png') });
await zhBrowser.close();
await zhServer.close();
console.log('Wrote screenshots to test/screenshots/.');
