import type { Plugin } from 'esbuild';
import type { CardData, CompiledGlossary, PopupBrief } from '../../src/glossary/compiled';

export const root: string;
export const cacheDir: string;
export function importTs<T = Record<string, unknown>>(
  entry: string,
  options?: { plugins?: Plugin[]; name?: string },
): Promise<T>;
export function compileGlossaryForBuild(): Promise<{
  compiled: CompiledGlossary;
  summary: string;
  warning?: string;
}>;
export class GlossaryFailure extends Error {
  problems: string[];
}
export function popupBrief(cards: CardData): PopupBrief;
export function glossaryModuleData(compiled: CompiledGlossary, name: string): unknown;
export function glossaryPlugin(compiled: CompiledGlossary): Plugin;
export function describeBuildError(err: unknown): string;
export class BrowserNotFound extends Error {}
export function findChrome(): Promise<string>;
export function findFirefox(): Promise<string>;
export function isBrandedChrome(path: string): boolean;
export const NO_CHROME_MESSAGE: string;
export const NO_FIREFOX_MESSAGE: string;
export const BRANDED_CHROME_MESSAGE: string;
export function sourceStamp(): string;
export const scanBundle: string;
export function buildScanBundle(compiled: CompiledGlossary, stamp?: string): Promise<void>;
