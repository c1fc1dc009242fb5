// The extension's single element in the page: a custom tag with a shadow root that holds every
// piece of UI, so page styles can't reach in and ours can't leak out. Created on first use.
import { HOST_TAG } from '../page/collect';
import cardStyles from './ui.css';

let shadow: ShadowRoot | undefined;

export function uiRoot(): ShadowRoot {
  if (shadow?.host.isConnected) return shadow;
  const host = document.createElement(HOST_TAG);
  // Outside the page's layout and stacking: the UI is positioned inside the shadow root.
  host.style.cssText = 'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647;';
  shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = cardStyles;
  shadow.append(style);
  document.documentElement.append(host);
  return shadow;
}
