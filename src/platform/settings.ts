// Reader settings: one defaults object whose type is the settings type, stored under a single
// key with a schema version so later releases can migrate what an older one saved.
import { browser } from './browser';

export const defaultSettings = {
  /** Annotate pages at all. */
  enabled: true,
  /** Hostnames the reader switched off. */
  disabledSites: [] as string[],
  /** Mark every mention, or only the first of each term. */
  mentions: 'all' as 'all' | 'first',
  markStyle: 'underline' as 'underline' | 'tint',
  /** Cards in the page's language (Chinese on Chinese pages), or always in one. */
  cardLanguage: 'auto' as 'auto' | 'en' | 'zh',
};
export type Settings = typeof defaultSettings;

const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

interface StoredSettings {
  version: number;
  value: Partial<Settings>;
}

/** Fills gaps with defaults and drops values of the wrong type, so a bad store can't break a page. */
export function normalizeSettings(stored: unknown): Settings {
  const raw =
    typeof stored === 'object' && stored !== null && 'value' in stored
      ? ((stored as StoredSettings).value ?? {})
      : {};
  const s: Settings = { ...defaultSettings, disabledSites: [] };
  if (typeof raw.enabled === 'boolean') s.enabled = raw.enabled;
  if (Array.isArray(raw.disabledSites)) {
    s.disabledSites = raw.disabledSites.filter((h): h is string => typeof h === 'string');
  }
  if (raw.mentions === 'all' || raw.mentions === 'first') s.mentions = raw.mentions;
  if (raw.markStyle === 'underline' || raw.markStyle === 'tint') s.markStyle = raw.markStyle;
  if (raw.cardLanguage === 'auto' || raw.cardLanguage === 'en' || raw.cardLanguage === 'zh') {
    s.cardLanguage = raw.cardLanguage;
  }
  return s;
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  const stored: StoredSettings = { version: SETTINGS_VERSION, value: settings };
  await browser.storage.local.set({ [SETTINGS_KEY]: stored });
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await saveSettings(next);
  return next;
}

export function onSettingsChanged(listener: (s: Settings) => void, signal?: AbortSignal): void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      listener(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
