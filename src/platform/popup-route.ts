// Where the popup should open: a view the reader asked for from a hover card, else where they
// last were. Both live in storage.session, which survives service-worker restarts.
import { browser } from './browser';
import type { PopupRoute } from './messages';

export const PENDING_ROUTE_KEY = 'popup.pendingRoute';
const LAST_ROUTE_KEY = 'popup.lastRoute';

export async function takeInitialRoute(): Promise<PopupRoute | undefined> {
  const got = await browser.storage.session.get([PENDING_ROUTE_KEY, LAST_ROUTE_KEY]);
  const pending = got[PENDING_ROUTE_KEY] as PopupRoute | undefined;
  if (pending) {
    await browser.storage.session.remove(PENDING_ROUTE_KEY);
    return pending;
  }
  return got[LAST_ROUTE_KEY] as PopupRoute | undefined;
}

export async function rememberRoute(route: PopupRoute): Promise<void> {
  await browser.storage.session.set({ [LAST_ROUTE_KEY]: route });
}
