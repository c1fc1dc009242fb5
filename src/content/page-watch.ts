// Re-reads the page when its text changes (infinite scroll, live blogs, client-side navigation),
// after the changes settle and when the browser is idle. Changes inside the extension's own
// host are ignored, so drawing a card can never trigger another scan.
import { isOwnUi } from '../page/own-ui';

const QUIET_MS = 400;
const MAX_WAIT_MS = 2000;

export function watchPage(rescan: () => void, signal: AbortSignal): void {
  let quietTimer: number | undefined;
  let firstChange = 0;
  let idleHandle: number | undefined;

  const run = () => {
    quietTimer = undefined;
    firstChange = 0;
    idleHandle = requestIdleCallback(() => rescan(), { timeout: 1000 });
  };

  const observer = new MutationObserver((records) => {
    if (!records.some(isPageTextChange)) return;
    const now = performance.now();
    if (!firstChange) firstChange = now;
    clearTimeout(quietTimer);
    // Keep waiting for quiet, but never longer than MAX_WAIT_MS on a page that never settles.
    const wait = Math.max(0, Math.min(QUIET_MS, firstChange + MAX_WAIT_MS - now));
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
