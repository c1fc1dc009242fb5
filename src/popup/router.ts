// Back/forward inside the popup: a stack of routes and a cursor, like a tiny browser history.
import type { PopupRoute } from '../platform/messages';

export interface History {
  stack: PopupRoute[];
  index: number;
}

export const startHistory = (route: PopupRoute): History => ({ stack: [route], index: 0 });

export function push(h: History, route: PopupRoute): History {
  const current = h.stack[h.index];
  if (current && JSON.stringify(current) === JSON.stringify(route)) return h;
  return { stack: [...h.stack.slice(0, h.index + 1), route], index: h.index + 1 };
}

/** Replaces the current entry (typing in the search box shouldn't add history per keystroke). */
export function replace(h: History, route: PopupRoute): History {
  const stack = [...h.stack];
  stack[h.index] = route;
  return { stack, index: h.index };
}

export const back = (h: History): History => (h.index > 0 ? { ...h, index: h.index - 1 } : h);
export const forward = (h: History): History =>
  h.index < h.stack.length - 1 ? { ...h, index: h.index + 1 } : h;
export const current = (h: History): PopupRoute => h.stack[h.index]!;

/** A route as a short string ("term:h20"): marks the control that opens it, to refocus on back. */
export const routeKey = (route: PopupRoute): string =>
  'id' in route ? `${route.view}:${route.id}` : route.view;
