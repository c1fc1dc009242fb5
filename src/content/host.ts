// The extension's single element in the page, holding every piece of UI in a closed shadow root.
// It is a plain element, not a custom one: a page can't define its name first to break or
// impersonate it, and the closed root gives page scripts no handle on the controls or the notes
// inside (they can see that the host exists, nothing more). Created on first use.
import { claimAsOwnUi } from '../page/own-ui';
import cardStyles from './ui.css';

let host: HTMLElement | undefined;
let shadow: ShadowRoot | undefined;

export function uiRoot(): ShadowRoot {
  if (shadow && host?.isConnected) return shadow;
  if (!host || !shadow) {
    host = document.createElement('div');
    claimAsOwnUi(host);
    // Outside the page's layout and stacking: the UI is positioned inside the shadow root.
    host.style.cssText =
      'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; z-index: 2147483647 !important; display: block !important;';
    shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = cardStyles;
    shadow.append(style);
  }
  // A page that removed it (or rebuilt its document) gets it back where it was.
  document.documentElement.append(host);
  return shadow;
}
