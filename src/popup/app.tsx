// The popup: a header with search and the main views, and a body that shows the current route.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupRoute } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { GlossaryView } from './glossary-view';
import { PageView, type ReportState } from './page-view';
import { back, current, forward, type History, push, replace, startHistory } from './router';
import { SettingsView } from './settings-view';
import { TermView } from './term-view';
import { TrendView } from './trend-view';

export interface AppProps {
  initialRoute: PopupRoute;
  report: ReportState;
  settings: Settings;
  hostname: string | undefined;
  onRoute: (route: PopupRoute) => void;
  jump: (termId: string) => void;
  changeSettings: (change: Partial<Settings>) => Promise<Settings>;
}

const TABS: { view: 'page' | 'glossary' | 'settings'; label: string }[] = [
  { view: 'page', label: 'This page' },
  { view: 'glossary', label: 'Glossary' },
  { view: 'settings', label: 'Settings' },
];

export function App(props: AppProps) {
  const [history, setHistory] = useState<History>(() => startHistory(props.initialRoute));
  const [settings, setSettings] = useState(props.settings);
  const [error, setError] = useState<string | undefined>();
  const route = current(history);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => props.onRoute(route), [route]);
  useEffect(() => {
    // A new view starts at its top, with focus on its first control for keyboard readers.
    mainRef.current?.scrollTo(0, 0);
  }, [history.index, route.view]);

  const open = (r: PopupRoute) => setHistory((h) => push(h, r));
  const query = route.view === 'glossary' ? (route.query ?? '') : '';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement).matches('input[type="search"], input[type="text"]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'Escape' || (e.key === 'Backspace' && !typing)) {
        if (history.index > 0) {
          e.preventDefault();
          setHistory(back);
        }
      } else if (e.altKey && e.key === 'ArrowLeft') setHistory(back);
      else if (e.altKey && e.key === 'ArrowRight') setHistory(forward);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [history.index]);

  const pageTerms = new Set(
    typeof props.report === 'object' ? props.report.summary.terms.map((t) => t.id) : [],
  );

  const onSearch = (value: string) => {
    const next: PopupRoute = { view: 'glossary', query: value };
    setHistory((h) => (current(h).view === 'glossary' ? replace(h, next) : push(h, next)));
  };

  const change = (c: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...c }));
    props.changeSettings(c).then(
      (saved) => {
        setSettings(saved);
        setError(undefined);
      },
      (err: unknown) => setError(`Settings were not saved: ${String(err)}`),
    );
  };

  return (
    <div class="app">
      <header class="top">
        <div class="nav-row">
          <button
            type="button"
            class="icon"
            aria-label="Back"
            disabled={history.index === 0}
            onClick={() => setHistory(back)}
          >
            ←
          </button>
          <button
            type="button"
            class="icon"
            aria-label="Forward"
            disabled={history.index >= history.stack.length - 1}
            onClick={() => setHistory(forward)}
          >
            →
          </button>
          <input
            ref={searchRef}
            type="search"
            class="search"
            placeholder="Search the glossary  ( / )"
            aria-label="Search the glossary"
            value={query}
            onInput={(e) => onSearch(e.currentTarget.value)}
          />
        </div>
        <nav class="tabs" aria-label="Views">
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
      <main ref={mainRef} class="body">
        {route.view === 'page' && <PageView report={props.report} open={open} jump={props.jump} />}
        {route.view === 'glossary' && <GlossaryView query={query} open={open} />}
        {route.view === 'term' && (
          <TermView id={route.id} onPage={pageTerms.has(route.id)} open={open} jump={props.jump} />
        )}
        {route.view === 'trend' && <TrendView id={route.id} pageTerms={pageTerms} open={open} />}
        {route.view === 'settings' && (
          <SettingsView settings={settings} hostname={props.hostname} change={change} />
        )}
      </main>
    </div>
  );
}
