// Saved highlights in chrome.storage.local, one key per highlight ("hl:<id>"). A save writes
// only its own key, so two tabs saving at once, or a service worker stopped mid-save, can never
// overwrite an earlier highlight. A schema version guards future changes of the record's shape.
import type { HighlightRecord } from '../core/highlights';
import { browser } from './browser';

const PREFIX = 'hl:';
const SCHEMA_KEY = 'highlights.schema';
export const HIGHLIGHTS_SCHEMA = 1;

/** Each migration turns records of version N-1 into version N; none is needed yet. */
const MIGRATIONS: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {};

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
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as HighlightRecord)
    .filter((r) => url === undefined || r.url === url);
}

export async function saveHighlights(records: readonly HighlightRecord[]): Promise<void> {
  await ensureSchema();
  try {
    await browser.storage.local.set(Object.fromEntries(records.map((r) => [PREFIX + r.id, r])));
  } catch (err) {
    throw explain(err, records.length === 1 ? 'save the highlight' : 'save the highlights');
  }
}

export async function deleteHighlight(id: string): Promise<void> {
  try {
    await browser.storage.local.remove(PREFIX + id);
  } catch (err) {
    throw explain(err, 'delete the highlight');
  }
}

export function onHighlightsChanged(listener: () => void, signal?: AbortSignal): void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(PREFIX))) listener();
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
