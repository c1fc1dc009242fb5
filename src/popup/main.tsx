// Popup entry: finds the tab it is about, asks that tab's content script what it found, and
// renders. The tab can be named with ?tab=ID (used when the popup is opened as a page).
import { render } from 'preact';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { callTab, type PageReport, type PopupRoute } from '../platform/messages';
import { rememberRoute, takeInitialRoute } from '../platform/popup-route';
import { loadSettings, updateSettings } from '../platform/settings';
import { App, loadCardViews } from './app';
import { loadChineseTitles } from './glossary-brief';
import type { ReportState } from './page-view';

async function activeTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readReport(tabId: number | undefined): Promise<ReportState> {
  if (tabId === undefined) return 'unavailable';
  try {
    return (await callTab(tabId, 'page/report')) ?? 'unavailable';
  } catch {
    // No content script answers on browser pages, the Web Store, PDFs or tabs opened before
    // the extension was installed.
    return 'unavailable';
  }
}

function hostnameOf(report: ReportState): string | undefined {
  if (typeof report !== 'object') return undefined;
  try {
    return new URL((report as PageReport).url).hostname || undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const tabId = await activeTabId();
  const [report, settings, saved] = await Promise.all([
    readReport(tabId),
    loadSettings(),
    takeInitialRoute(),
  ]);
  const initialRoute: PopupRoute = saved ?? { view: 'page' };
  // A view restored from the last visit shows at once, with its cards; a Chinese page's terms
  // show with their Chinese names.
  const chinese = typeof report === 'object' && report.language && report.language !== 'en';
  await Promise.all([
    initialRoute.view !== 'page' && loadCardViews(),
    chinese && loadChineseTitles(),
  ]);
  render(
    <App
      initialRoute={initialRoute}
      report={report}
      settings={settings}
      hostname={hostnameOf(report)}
      onRoute={(r) => void rememberRoute(r)}
      jump={(termId) => {
        if (tabId !== undefined) void callTab(tabId, 'page/jump', termId).catch(() => {});
      }}
      changeSettings={updateSettings}
      tabId={tabId}
    />,
    document.getElementById('app')!,
  );
  // Read by `npm run bench` (time to first useful render).
  performance.mark('popup-first-render');
}

main().catch((err: unknown) => {
  document.body.textContent = t('popupFailed', String(err));
});
