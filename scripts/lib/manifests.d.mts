// biome-ignore lint/suspicious/noExplicitAny: a manifest is free-form JSON
type Manifest = Record<string, any>;

export const FIREFOX_ADDON_ID: string;
export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_ANDROID_MIN_VERSION: string;
export const BROWSERS: ('chrome' | 'firefox')[];
export function manifestFor(browser: string, source: Manifest, version: string): Manifest;
