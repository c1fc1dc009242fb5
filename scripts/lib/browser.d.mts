import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

/** A page from either driver: Playwright (Chromium) or Puppeteer (Firefox). */
export type AnyPage = Page | PuppeteerPage;

export const extensionDir: string;
export const firefoxExtensionDir: string;
export const FIREFOX_EXTENSION_UUID: string;
export function serveFiles(
  dirs: string[],
  routes?: Record<string, string | (() => string)>,
): Promise<{ origin: string; close(): Promise<void> }>;
export function launchWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** The browser's language, e.g. 'zh-CN'. */
  lang?: string;
}): Promise<{
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}>;
export function launchFirefoxWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** The unpacked folder (dist/firefox/ by default) or a zip, as a reader would load it. */
  extension?: string;
}): Promise<{
  browser: PuppeteerBrowser;
  /** An extension page in a tab, for calling extension APIs. */
  control: PuppeteerPage;
  /** moz-extension://<uuid>, without a trailing slash. */
  origin: string;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  close(): Promise<void>;
}>;
export function openExtensionPage(page: PuppeteerPage, url: string): Promise<void>;
export function firefoxTabIdOf(control: PuppeteerPage, page: PuppeteerPage): Promise<number>;
export function readHighlights(page: AnyPage): Promise<Record<string, string[]>>;
export function waitForMarks(page: AnyPage, timeout?: number): Promise<void>;
export function tabIdOf(worker: Worker, page: Page): Promise<number>;
export function markPoint(
  page: AnyPage,
  text: string,
): Promise<{ x: number; y: number } | undefined>;
export const DEMO_TERMS: string[];
export function showDemoCard(page: AnyPage): Promise<{ title: string; whole: boolean }>;
export function showFirstWholeCard(
  page: AnyPage,
  terms: readonly string[],
): Promise<{ title: string; whole: boolean }>;
export function showCard(
  page: AnyPage,
  text: string,
  timeout?: number,
): Promise<{ title: string; whole: boolean }>;
