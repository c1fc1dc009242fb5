// Every highlight write arrives here, and the sender decides what it may do. The extension's
// own pages (the popup, even when opened in a tab) may edit, import and delete any highlight.
// A content script may only touch highlights of the page it runs in, may not rewrite what a
// saved highlight quotes, and is held to a number of writes a minute: whatever a hostile page
// manages to trigger there is bounded. Every record is checked against the same limits as an
// import. Counters live in storage.session, which survives the worker being stopped.
import { type HighlightRecord, LIMITS, recordProblem } from '../core/highlights';
import { normalizeUrl } from '../core/url';
import { browser, type Runtime } from '../platform/browser';
import { findHighlight, removeHighlight, writeHighlights } from '../platform/highlights-store';
import { t } from '../platform/i18n';

/** Writes a page may cause in a minute: far above a reader's pace, far below a flood. */
export const PAGE_WRITES_PER_MINUTE = 20;
const MINUTE_MS = 60_000;
const RATE_KEY = 'highlights.rate';

export class WriteRefused extends Error {}

type Writer = { kind: 'extension' } | { kind: 'page'; url: string };

/** Who is asking: one of our pages, the content script of a page's top frame, or nobody. */
export function writerOf(sender: Runtime.MessageSender): Writer | undefined {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return undefined;
  // Firefox sets sender.tab for extension pages opened in a tab: judge by the URL first.
  if (sender.url.startsWith(browser.runtime.getURL(''))) return { kind: 'extension' };
  if (sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return undefined;
  if (!/^https?:\/\//.test(sender.url)) return undefined;
  return { kind: 'page', url: normalizeUrl(sender.url) };
}

/** Counts a write from a page's origin; refuses once the minute's allowance is spent. */
async function spendAllowance(url: string, now = Date.now()): Promise<void> {
  const origin = new URL(url).origin;
  const got = (await browser.storage.session.get(RATE_KEY))[RATE_KEY] as
    | Record<string, number[]>
    | undefined;
  const all = got ?? {};
  const recent = (all[origin] ?? []).filter((t) => now - t < MINUTE_MS);
  if (recent.length >= PAGE_WRITES_PER_MINUTE) {
    throw new WriteRefused(t('hlTooMany'));
  }
  recent.push(now);
  // Keep only origins with writes in the last minute: the record stays small.
  const kept: Record<string, number[]> = { [origin]: recent };
  for (const [o, times] of Object.entries(all)) {
    if (o !== origin && times.some((t) => now - t < MINUTE_MS)) kept[o] = times;
  }
  await browser.storage.session.set({ [RATE_KEY]: kept });
}

function refuseBadRecord(r: HighlightRecord): void {
  const problem = recordProblem(r);
  if (!problem) return;
  const tooLong = (r.target?.quote?.exact?.length ?? 0) > LIMITS.quote;
  throw new WriteRefused(
    tooLong
      ? t('hlTooLong', LIMITS.quote.toLocaleString('en'))
      : `Couldn't save the highlight: it ${problem}.`,
  );
}

const sameTarget = (a: HighlightRecord, b: HighlightRecord) =>
  JSON.stringify(a.target) === JSON.stringify(b.target) && a.created === b.created;

export async function saveFrom(
  records: HighlightRecord[],
  sender: Runtime.MessageSender,
): Promise<void> {
  const writer = writerOf(sender);
  if (!writer) throw new WriteRefused(t('hlMayNotSave'));
  if (!Array.isArray(records) || records.length === 0) return;
  for (const r of records) refuseBadRecord(r);
  if (writer.kind === 'page') {
    if (records.length !== 1 || records[0]!.url !== writer.url) {
      throw new WriteRefused('A page may only save its own highlights, one at a time.');
    }
    const old = await findHighlight(records[0]!);
    // A page may change a highlight's colour and note; what it quotes stays as it was saved.
    if (old && !sameTarget(old, records[0]!)) {
      throw new WriteRefused('A saved highlight keeps the passage it was saved with.');
    }
    await spendAllowance(writer.url);
  }
  await writeHighlights(records);
}

export async function deleteFrom(
  target: { url: string; id: string },
  sender: Runtime.MessageSender,
): Promise<void> {
  const writer = writerOf(sender);
  if (!writer) throw new WriteRefused(t('hlMayNotDelete'));
  if (typeof target?.url !== 'string' || typeof target.id !== 'string') return;
  if (writer.kind === 'page') {
    if (target.url !== writer.url) {
      throw new WriteRefused('A page may only delete its own highlights.');
    }
    await spendAllowance(writer.url);
  }
  await removeHighlight(target);
}
