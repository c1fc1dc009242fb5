// Service worker. Holds no state in globals (it may be stopped at any time): cards come from the
// bundled glossary, the popup's pending view lives in storage.session.
import cards from 'virtual:glossary-cards';
import { browser, type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import {
  type BackgroundCalls,
  callTab,
  type PopupRoute,
  serve,
  type TermCard,
} from '../platform/messages';
import { PENDING_ROUTE_KEY } from '../platform/popup-route';
import { deleteFrom, saveFrom } from './highlight-writes';

export function cardFor(termId: string): TermCard | null {
  const term = cards.terms[termId];
  if (!term) return null;
  return {
    term,
    related: term.related
      .map((id) => cards.terms[id])
      .filter((t) => t !== undefined)
      .map((t) => ({ id: t.id, title: t.title })),
    trends: term.trends
      .map((id) => cards.trends[id])
      .filter((t) => t !== undefined)
      .map((t) => ({ id: t.id, title: t.title })),
  };
}

async function showInPopup(route: PopupRoute): Promise<void> {
  await browser.storage.session.set({ [PENDING_ROUTE_KEY]: route });
  try {
    await browser.action.openPopup();
  } catch {
    // Without a focused window Chrome refuses; the popup shows the view when next opened.
  }
}

function setBadge(sender: Runtime.MessageSender, termCount: number): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  void browser.action.setBadgeText({ tabId, text: termCount > 0 ? String(termCount) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
}

serve<BackgroundCalls>(
  {
    'glossary/card': ([termId]) => cardFor(termId),
    'page/scanned': ([count], sender) => setBadge(sender, count),
    'popup/show': ([route]) => showInPopup(route),
    'highlights/save': ([records], sender) => saveFrom(records, sender),
    'highlights/delete': ([target], sender) => deleteFrom(target, sender),
  },
  // Content scripts and our own pages; `serve` already refuses other extensions, and each
  // highlight write checks its sender again.
  (_sender: Runtime.MessageSender) => true,
);

// Saving a highlight from the context menu or the keyboard shortcut: both ask the tab's
// content script to save its current selection, exactly as its own save button does.
const SAVE_MENU_ID = 'save-highlight';

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: t('menuSaveHighlight'),
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) {
    void callTab(tab.id, 'highlight/save-selection').catch(() => {});
  }
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'save-highlight') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) void callTab(tab.id, 'highlight/save-selection').catch(() => {});
});
