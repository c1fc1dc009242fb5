// Re-reads the page when its text changes (infinite scroll, live blogs, client-side navigation),
// after the changes settle and when the browser is idle. It pays as little as it can on pages
// that never stop changing: changes inside the extension's own host are ignored, small changes
// outside the reading region (a ticker, a clock, a counter) are ignored, and while a page keeps
// changing, rescans come further and further apart.
import { isOwnUi } from '../page/own-ui';

const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;
/** While a page keeps changing, the gap between rescans doubles up to this. */
const MAX_INTERVAL_MS = 30_000;
/** Text added outside the reading region counts only from this size (new content, not a tick). */
const SUBSTANTIAL_CHARS = 200;

export interface WatchOptions {
  /** The reading region, where any text change counts (undefined: the whole page counts). */
  region: () => Element | undefined;
  /** True when every change counts, wherever it is (the reader's highlights may be anywhere). */
  everywhere: () => boolean;
  now?: () => number;
}

export function watchPage(rescan: () => void, options: WatchOptions, signal: AbortSignal): void {
  const now = options.now ?? (() => performance.now());
  let quietTimer: number | undefined;
  let firstChange = 0;
  let idleHandle: number | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;
  let interval = 0;

  const run = () => {
    quietTimer = undefined;
    firstChange = 0;
    const t = now();
    // A rescan soon after the last one means the page is still changing: back off.
    interval =
      t - lastRun < Math.max(interval, QUIET_MS) * 2
        ? Math.min(MAX_INTERVAL_MS, Math.max(QUIET_MS, interval * 2))
        : 0;
    lastRun = t;
    idleHandle = requestIdleCallback(() => rescan(), { timeout: 1000 });
  };

  const observer = new MutationObserver((records) => {
    const region = options.region();
    const counts = (r: MutationRecord) =>
      isPageTextChange(r) &&
      (options.everywhere() ||
        !region?.isConnected ||
        region.contains(r.target) ||
        addsSubstantialText(r));
    if (!records.some(counts)) return;
    const t = now();
    if (!firstChange) firstChange = t;
    clearTimeout(quietTimer);
    // Wait for quiet, never longer than MAX_WAIT_MS, and not before the back-off allows.
    const settle = Math.max(0, Math.min(QUIET_MS, firstChange + MAX_WAIT_MS - t));
    const wait = Math.max(settle, lastRun + interval - t);
    quietTimer = window.setTimeout(run, wait);
  });
  observer.observe(document.documentElement, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
  });
}

function isPageTextChange(record: MutationRecord): boolean {
  const target = record.target;
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (isOwnUi(el)) return false;
  if (record.type === 'characterData') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((n) => n.nodeType === 3 || (n.nodeType === 1 && !isOwnUi(n)));
}

function addsSubstantialText(record: MutationRecord): boolean {
  let chars = 0;
  for (const n of record.addedNodes) {
    if (isOwnUi(n)) continue;
    chars += n.textContent?.length ?? 0;
    if (chars >= SUBSTANTIAL_CHARS) return true;
  }
  return false;
}
