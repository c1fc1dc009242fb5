// The popup: a header with search and the main views, and a body that shows the current route.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { PopupRoute } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { ViewHeading } from './components';
import { popupLanguage } from './glossary-brief';
import { PageView, type ReportState } from './page-view';
import { back, current, forward, type History, push, replace, startHistory } from './router';

type CardViews = typeof import('./card-views');
let cardViews: CardViews | undefined;
let loadingCardViews: Promise<CardViews> | undefined;

/**
 * Loads the views that read the full glossary, once. The first view ("This page") doesn't need
 * them, so the popup opens without parsing every card; any other view waits for this.
 */
export function loadCardViews(): Promise<CardViews> {
  loadingCardViews ??= import('./card-views').then((m) => {
    cardViews = m;
    return m;
  });
  return loadingCardViews;
}

const needsCards = (route: PopupRoute) => route.view !== 'page';

export interface AppProps {
  initialRoute: PopupRoute;
  report: ReportState;
  settings: Settings;
  hostname: string | undefined;
  onRoute: (route: PopupRoute) => void;
  jump: (termId: string) => void;
  changeSettings: (change: Partial<Settings>) => Promise<Settings>;
  /** The tab the popup is about (undefined on pages the extension can't read). */
  tabId?: number | undefined;
}

const TABS: { view: 'page' | 'glossary' | 'highlights' | 'settings'; label: string }[] = [
  { view: 'page', label: t('tabPage') },
  { view: 'glossary', label: t('tabGlossary') },
  { view: 'highlights', label: t('tabHighlights') },
  { view: 'settings', label: t('tabSettings') },
];

/** Where keys type text: the shortcuts that are letters or editing keys leave them alone. */
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.matches('input[type="search"], input[type="text"], textarea') || el.isContentEditable);

export function App(props: AppProps) {
  const [history, setHistory] = useState<History>(() => startHistory(props.initialRoute));
  const [settings, setSettings] = useState(props.settings);
  const [error, setError] = useState<string | undefined>();
  const route = current(history);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  /** For each history entry, the control that was focused when the reader left it. */
  const focusMemory = useRef(new Map<number, string>());
  const firstRender = useRef(true);
  const [, setCardsLoaded] = useState(cardViews !== undefined);

  useEffect(() => props.onRoute(route), [route]);
  useLayoutEffect(() => {
    // A new view starts at its top. Keyboard focus follows the reader: it stays in the header
    // (tabs, search, back/forward) if it was there; going back returns it to the control that
    // opened the view that was left; otherwise it goes to the new view's heading.
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const focused = document.activeElement;
    const kept = focused?.isConnected && !(focused as HTMLButtonElement).disabled;
    if (kept && headerRef.current?.contains(focused)) return;
    const key = focusMemory.current.get(history.index);
    const target =
      [...main.querySelectorAll<HTMLElement>('[data-route]')].find(
        (el) => el.dataset.route === key,
      ) ||
      main.querySelector<HTMLElement>('[data-view-heading]') ||
      main;
    target.focus();
  }, [history]);

  /** Moves in the history, remembering where focus was in the view being left. */
  const go = (move: (h: History) => History) => {
    const key = (document.activeElement as HTMLElement | null)
      ?.closest('[data-route]')
      ?.getAttribute('data-route');
    if (key && mainRef.current?.contains(document.activeElement)) {
      focusMemory.current.set(history.index, key);
    } else focusMemory.current.delete(history.index);
    // A view that reads the cards appears once they are loaded, so focus lands in it as usual.
    if (!cardViews && needsCards(current(move(history)))) {
      loadCardViews().then(
        () => setHistory(move),
        (err: unknown) => setError(t('popupFailed', String(err))),
      );
    } else setHistory(move);
  };

  // Typing a search opens the glossary at once (focus stays in the search box): it shows that
  // the cards are loading and fills in when they are.
  const waiting = !cardViews && needsCards(route);
  useEffect(() => {
    if (!waiting) return;
    loadCardViews().then(
      () => setCardsLoaded(true),
      (err: unknown) => setError(t('popupFailed', String(err))),
    );
  }, [waiting]);

  const open = (r: PopupRoute) => go((h) => push(h, r));
  const query = route.view === 'glossary' ? (route.query ?? '') : '';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey) return;
      const typing = isTyping(e.target);
      if (e.key === '/' && !typing && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'Escape' && e.target === searchRef.current && query) {
        // Esc in a search with text clears it first.
        e.preventDefault();
        onSearch('');
      } else if ((e.key === 'Escape' || (e.key === 'Backspace' && !typing)) && !e.altKey) {
        if (history.index > 0) {
          e.preventDefault();
          go(back);
        }
      } else if (e.altKey && !typing && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
        // Also keeps the browser from leaving the popup when it is open as a tab.
        e.preventDefault();
        go(e.key === 'ArrowLeft' ? back : forward);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [history, query]);

  // Chinese when the page is (unless the reader chose English), or when the browser is.
  const reportLanguage = typeof props.report === 'object' ? props.report.language : undefined;
  const readingLanguage =
    reportLanguage && reportLanguage !== 'en'
      ? reportLanguage
      : popupLanguage(settings.cardLanguage);

  const pageTerms = new Set(
    typeof props.report === 'object' ? props.report.summary.terms.map((t) => t.id) : [],
  );

  function onSearch(value: string) {
    const next: PopupRoute = { view: 'glossary', query: value };
    setHistory((h) => (current(h).view === 'glossary' ? replace(h, next) : push(h, next)));
  }

  /** From the search box: ArrowDown moves into the results, Enter opens the first one. */
  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && !(e.key === 'Enter' && route.view === 'glossary' && query)) return;
    const first = mainRef.current?.querySelector<HTMLElement>('[data-nav-item]');
    if (!first) return;
    e.preventDefault();
    if (e.key === 'Enter') first.click();
    else first.focus();
  };

  const change = (c: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...c }));
    props.changeSettings(c).then(
      (saved) => {
        setSettings(saved);
        setError(undefined);
      },
      (err: unknown) => setError(t('settingsNotSaved', String(err))),
    );
  };

  const tab = TABS.find((t) => t.view === route.view);
  const views = cardViews;

  return (
    <div class="app">
      <header ref={headerRef} class="top">
        <div class="nav-row">
          <button
            type="button"
            class="icon"
            aria-label={t('back')}
            title={t('backHint')}
            disabled={history.index === 0}
            onClick={() => go(back)}
          >
            ←
          </button>
          <button
            type="button"
            class="icon"
            aria-label={t('forward')}
            title={t('forwardHint')}
            disabled={history.index >= history.stack.length - 1}
            onClick={() => go(forward)}
          >
            →
          </button>
          <input
            ref={searchRef}
            type="search"
            class="search"
            placeholder={t('searchPlaceholder')}
            aria-label={t('searchLabel')}
            aria-keyshortcuts="/"
            autocomplete="off"
            spellcheck={false}
            value={query}
            onInput={(e) => onSearch(e.currentTarget.value)}
            onKeyDown={onSearchKey}
          />
        </div>
        <nav class="tabs" aria-label={t('navViews')}>
          {TABS.map((t) => (
            <button
              type="button"
              key={t.view}
              aria-current={route.view === t.view ? 'page' : undefined}
              onClick={() => open({ view: t.view } as PopupRoute)}
            >
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <main ref={mainRef} class="body" tabIndex={-1}>
        {tab && <ViewHeading hidden>{tab.label}</ViewHeading>}
        {route.view === 'page' && <PageView report={props.report} open={open} jump={props.jump} />}
        {waiting && (
          <p class="note" role="status">
            {t('loadingCards')}
          </p>
        )}
        {views && route.view === 'glossary' && <views.GlossaryView query={query} open={open} />}
        {views && route.view === 'term' && (
          <views.TermView
            key={route.id}
            id={route.id}
            language={readingLanguage}
            onPage={pageTerms.has(route.id)}
            open={open}
            jump={props.jump}
          />
        )}
        {views && route.view === 'trend' && (
          <views.TrendView key={route.id} id={route.id} pageTerms={pageTerms} open={open} />
        )}
        {views && route.view === 'highlights' && (
          <views.HighlightsView
            scope={route.scope ?? 'page'}
            report={props.report}
            tabId={props.tabId}
            setScope={(scope) => setHistory((h) => replace(h, { view: 'highlights', scope }))}
          />
        )}
        {views && route.view === 'settings' && (
          <views.SettingsView settings={settings} hostname={props.hostname} change={change} />
        )}
      </main>
    </div>
  );
}
