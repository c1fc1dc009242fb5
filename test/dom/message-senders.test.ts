// Who may ask a page's content script for its report: our own pages, however they are opened
// (Firefox sets `tab` on the popup when it is opened in a tab), and never a web page.
import { describe, expect, it } from 'vitest';
import { isExtensionPage } from '../../src/platform/messages';

const ours = 'chrome-extension://test/';

describe('isExtensionPage', () => {
  it('accepts the popup, in its panel or in a tab, and the background', () => {
    expect(isExtensionPage({ id: 'test', url: `${ours}popup/popup.html` })).toBe(true);
    expect(
      isExtensionPage({
        id: 'test',
        url: `${ours}popup/popup.html?tab=4`,
        tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      }),
    ).toBe(true);
    expect(isExtensionPage({ id: 'test', url: `${ours}background.js` })).toBe(true);
  });

  it('refuses content scripts, which speak from the web page’s address', () => {
    expect(isExtensionPage({ id: 'test', url: 'https://news.example/story' })).toBe(false);
    // A page whose address merely contains ours is still a web page.
    expect(isExtensionPage({ id: 'test', url: `https://evil.example/?${ours}` })).toBe(false);
    expect(isExtensionPage({ id: 'test' })).toBe(false);
  });
});
