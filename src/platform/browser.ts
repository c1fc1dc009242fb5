// The one import of webextension-polyfill: every other module reaches extension APIs through
// here, so tests and the CLI never load it.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
