// Saved highlights in chrome.storage.local, one key per highlight: "hl:<page>:<id>", where
// <page> is a short hash of the normalized URL. A save writes only its own key, so two tabs
// saving at once, or a service worker stopped mid-save, can never overwrite an earlier
// highlight; and a page finds its own highlights from the key names alone, without loading
// everyone else's. A schema version guards future changes of the record's shape.
//
// Pages and the popup only read here. Writes go through the service worker (`saveHighlights`
// and `deleteHighlight` send it a message), which checks who asks before it calls
// `writeHighlights` or `removeHighlight`.
import type { HighlightRecord } from '../core/highlights';
import { browser } from './browser';
import { callBackground } from './messages';

const PREFIX = 'hl:';

/** FNV-1a of the page URL, in base 36: short, stable, and enough to group keys by page. */
function pageKey(url: string): string {
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

export function storageKey(record: Pick<HighlightRecord, 'url' | 'id'>): string {
  return `${PREFIX}${pageKey(record.url)}:${record.id}`;
}

/** Key names only (Chrome 130+); older browsers fall back to reading everything. */
async function keys(): Promise<string[]> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  return local.getKeys ? local.getKeys() : Object.keys(await browser.storage.local.get(null));
}
const SCHEMA_KEY = 'highlights.schema';
export const HIGHLIGHTS_SCHEMA = 2;

/** Each migration turns records of version N-1 into version N. */
const MIGRATIONS: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 counts TextPositionSelector in code points (W3C) instead of UTF-16 units. The
  // position is only a hint for re-anchoring, so older records keep their numbers as they are.
  2: (r) => r,
};

export class StorageError extends Error {}

/** Turns the browser's storage errors into a sentence a reader can act on. */
function explain(err: unknown, action: string): StorageError {
  const message = String((err as Error)?.message ?? err);
  if (/quota/i.test(message)) {
    return new StorageError(
      `Couldn't ${action}: the browser's storage for AI Race Lens is full. Export your highlights, then delete old ones to make room.`,
    );
  }
  return new StorageError(`Couldn't ${action}: ${message}`);
}

let schemaChecked: Promise<void> | undefined;

async function ensureSchema(): Promise<void> {
  schemaChecked ??= (async () => {
    const got = await browser.storage.local.get(SCHEMA_KEY);
    const version =
      typeof got[SCHEMA_KEY] === 'number' ? (got[SCHEMA_KEY] as number) : HIGHLIGHTS_SCHEMA;
    if (version < HIGHLIGHTS_SCHEMA) {
      const all = await browser.storage.local.get(null);
      const changed: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(PREFIX)) continue;
        let record = value as Record<string, unknown>;
        for (let v = version + 1; v <= HIGHLIGHTS_SCHEMA; v++)
          record = MIGRATIONS[v]?.(record) ?? record;
        changed[key] = record;
      }
      await browser.storage.local.set(changed);
    }
    if (got[SCHEMA_KEY] !== HIGHLIGHTS_SCHEMA) {
      await browser.storage.local.set({ [SCHEMA_KEY]: HIGHLIGHTS_SCHEMA });
    }
  })();
  return schemaChecked;
}

/** Every saved highlight, or those of one (normalized) page. */
export async function loadHighlights(url?: string): Promise<HighlightRecord[]> {
  await ensureSchema();
  const prefix = url === undefined ? PREFIX : `${PREFIX}${pageKey(url)}:`;
  const wanted = (await keys()).filter((k) => k.startsWith(prefix));
  if (wanted.length === 0) return [];
  const got = await browser.storage.local.get(wanted);
  return Object.values(got)
    .map((value) => value as HighlightRecord)
    .filter((r) => url === undefined || r.url === url);
}

/** Asks the service worker to save these records (it checks them and the sender first). */
export async function saveHighlights(records: readonly HighlightRecord[]): Promise<void> {
  await callBackground('highlights/save', [...records]);
}

/** Asks the service worker to delete one highlight. */
export async function deleteHighlight(record: Pick<HighlightRecord, 'url' | 'id'>): Promise<void> {
  await callBackground('highlights/delete', { url: record.url, id: record.id });
}

/**
 * Stores records, service worker only. One record per id: a record saved under another page
 * address than before replaces the old one.
 */
export async function writeHighlights(records: readonly HighlightRecord[]): Promise<void> {
  await ensureSchema();
  const ids = new Set(records.map((r) => r.id));
  const wanted = new Set(records.map(storageKey));
  const stale = (await keys()).filter(
    (k) => k.startsWith(PREFIX) && ids.has(k.slice(k.lastIndexOf(':') + 1)) && !wanted.has(k),
  );
  try {
    await browser.storage.local.set(Object.fromEntries(records.map((r) => [storageKey(r), r])));
    if (stale.length > 0) await browser.storage.local.remove(stale);
  } catch (err) {
    throw explain(err, records.length === 1 ? 'save the highlight' : 'save the highlights');
  }
}

/** The stored record with this page and id, if any (service worker checks). */
export async function findHighlight(
  target: Pick<HighlightRecord, 'url' | 'id'>,
): Promise<HighlightRecord | undefined> {
  const key = storageKey(target);
  return (await browser.storage.local.get(key))[key] as HighlightRecord | undefined;
}

export async function removeHighlight(record: Pick<HighlightRecord, 'url' | 'id'>): Promise<void> {
  try {
    await browser.storage.local.remove(storageKey(record));
  } catch (err) {
    throw explain(err, 'delete the highlight');
  }
}

/**
 * Calls `listener` when highlights change; given `forUrl`, only when that page's change (an
 * import of thousands of highlights elsewhere costs an open tab nothing).
 */
export function onHighlightsChanged(
  listener: () => void,
  signal?: AbortSignal,
  forUrl?: () => string,
): void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const prefix = forUrl ? `${PREFIX}${pageKey(forUrl())}:` : PREFIX;
    if (Object.keys(changes).some((k) => k.startsWith(prefix))) listener();
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle));
}

const FOCUS_KEY = 'highlights.focus';

/** Asks the page at `url` to scroll to highlight `id` when it next loads (from the popup). */
export async function requestFocus(url: string, id: string): Promise<void> {
  await browser.storage.local.set({ [FOCUS_KEY]: { url, id, at: Date.now() } });
}

/** The highlight this page was opened to show, if any (consumed on read). */
export async function takeFocusRequest(url: string): Promise<string | undefined> {
  const got = await browser.storage.local.get(FOCUS_KEY);
  const req = got[FOCUS_KEY] as { url: string; id: string; at: number } | undefined;
  if (!req || req.url !== url || Date.now() - req.at > 60_000) return undefined;
  await browser.storage.local.remove(FOCUS_KEY);
  return req.id;
}
