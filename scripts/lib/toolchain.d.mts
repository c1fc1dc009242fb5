import type { Plugin } from 'esbuild';
import type { CompiledGlossary } from '../../src/glossary/compiled';

export const root: string;
export const cacheDir: string;
export function importTs<T = Record<string, unknown>>(
  entry: string,
  options?: { plugins?: Plugin[]; name?: string },
): Promise<T>;
export function compileGlossaryForBuild(): Promise<{ compiled: CompiledGlossary; summary: string }>;
export class GlossaryFailure extends Error {
  problems: string[];
}
export function glossaryPlugin(compiled: CompiledGlossary): Plugin;
export function describeBuildError(err: unknown): string;
export function findChrome(): Promise<string | undefined>;
export const NO_CHROME_MESSAGE: string;
