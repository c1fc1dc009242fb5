// Renders icons/icon.svg to the PNG sizes the manifest names, with the local Chromium.
// Run after editing the SVG: node scripts/render-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, root } from './lib/toolchain.mjs';

const executablePath = await findChrome().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
const svg = readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  writeFileSync(
    join(root, 'icons', `icon-${size}.png`),
    await page.screenshot({ omitBackground: true }),
  );
  await page.close();
}
await browser.close();
console.log('Wrote icons/icon-16.png, -32, -48 and -128.');
