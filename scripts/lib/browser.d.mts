import type { BrowserContext, Page, Worker } from 'playwright-core';

export const extensionDir: string;
export function serveFiles(
  dirs: string[],
  routes?: Record<string, string | (() => string)>,
): Promise<{ origin: string; close(): Promise<void> }>;
export function launchWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number };
}): Promise<{
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}>;
export function readHighlights(page: Page): Promise<Record<string, string[]>>;
export function waitForMarks(page: Page, timeout?: number): Promise<void>;
export function tabIdOf(worker: Worker, page: Page): Promise<number>;
export function markPoint(page: Page, text: string): Promise<{ x: number; y: number } | undefined>;
