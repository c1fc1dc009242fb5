// Reading the extension's own packaged files (the per-term card files the build writes). This
// is not a network request: the URL is the extension's own origin, served from the installed
// package, and nothing else can be named here.
import { browser } from './browser';

/** A file shipped in the extension, parsed as JSON; undefined when the package lacks it. */
export async function readPackagedJson<T>(path: string): Promise<T | undefined> {
  if (path.includes('..') || path.includes(':') || path.startsWith('/')) return undefined;
  try {
    const response = await fetch(browser.runtime.getURL(path));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    // Chrome fails the fetch outright for a file the package doesn't have.
    return undefined;
  }
}
