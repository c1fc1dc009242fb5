// The reader's install path in Firefox: the release zip, loaded as a temporary add-on exactly as
// about:debugging's "Load Temporary Add-on…" does, marks the demo article.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  readHighlights,
  serveFiles,
  waitForMarks,
} from '../../scripts/lib/browser.mjs';
import { zipDirectory } from '../../scripts/lib/zip.mjs';
import { demoDir, type Firefox, firefoxPageReport, termMarks } from './setup';

let firefox: Firefox;
let server: { origin: string; close(): Promise<void> };
let zipDir: string;

beforeAll(async () => {
  // The same archive npm run package writes, made from the build the other tests use.
  zipDir = mkdtempSync(join(tmpdir(), 'ai-race-lens-zip-'));
  const zip = join(zipDir, 'ai-race-lens-firefox.zip');
  zipDirectory(firefoxExtensionDir, zip);
  server = await serveFiles([demoDir]);
  firefox = await launchFirefoxWithExtension({ extension: zip });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (zipDir) rmSync(zipDir, { recursive: true, force: true });
});

describe('Firefox: the release zip', () => {
  it('installs as a temporary add-on and marks the demo article', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForMarks(page);
    expect(termMarks(await readHighlights(page))).toContain('Entity List');
    const report = await firefoxPageReport(firefox, page);
    expect(report.status).toBe('ok');
    expect(report.summary.terms.length).toBeGreaterThan(20);
    await page.close();
  });
});
