// Service worker. Holds no state in globals (it may be stopped at any time): cards are read from
// one file per term (written by the build), the popup's pending view lives in storage.session.
import { ID_PATTERN } from '../glossary/schema';
import { cardPath } from '../glossary/term-cards';
import { browser, type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import {
  type BackgroundCalls,
  callTab,
  type PopupRoute,
  serve,
  type TermCard,
} from '../platform/messages';
import { readPackagedJson } from '../platform/packaged-files';
import { PENDING_ROUTE_KEY } from '../platform/popup-route';
import { deleteFrom, saveFrom } from './highlight-writes';

/** A term's card, read from its own file: the worker never parses the whole glossary. */
export async function cardFor(termId: string): Promise<TermCard | null> {
  // Only glossary ids name a file: anything else (a path, "..") is no card.
  if (typeof termId !== 'string' || !ID_PATTERN.test(termId)) return null;
  return (await readPackagedJson<TermCard>(cardPath(termId))) ?? null;
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
