// The popup as a whole, driven from the keyboard as much as with the pointer: history, tabs,
// search, shortcuts, focus in lists, and where focus goes when views change.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TermOnPage } from '../../src/core/summary';
import type { PageReport, PopupRoute } from '../../src/platform/messages';
import type { Settings } from '../../src/platform/settings';
import { App, loadCardViews } from '../../src/popup/app';
import { terms as glossary } from '../../src/popup/glossary-data';

afterEach(cleanup);
// The popup loads the views that show cards on demand (main.tsx awaits it for a restored view).
beforeAll(() => loadCardViews());

const term = (id: string, count: number): TermOnPage => {
  const t = glossary[id]!;
  return { id, title: t.title, kind: t.kind, side: t.side, count, mentions: [] };
};

// Only what the popup's views read (the report grows other fields for other views).
const report = {
  status: 'ok',
  url: 'https://news.example/chips',
  title: 'Chips',
  summary: {
    terms: [term('h20', 3), term('entity-list', 1), term('hbm', 2)],
    trends: [
      {
        id: 'china-specific-chips',
        title: 'China-specific chips and the licence bargain',
        score: 9,
        terms: ['h20'],
      },
      {
        id: 'export-control-escalation',
        title: 'Export-control escalation',
        score: 7,
        terms: ['entity-list', 'h20'],
      },
    ],
  },
} as PageReport;

const settings: Settings = {
  enabled: true,
  disabledSites: [],
  mentions: 'all',
  markStyle: 'underline',
  cardLanguage: 'auto',
};

function renderApp(initialRoute: PopupRoute = { view: 'page' }, over: Partial<Settings> = {}) {
  const onRoute = vi.fn();
  const jump = vi.fn();
  const changeSettings = vi.fn(async (c: Partial<Settings>) => ({ ...settings, ...over, ...c }));
  render(
    <App
      initialRoute={initialRoute}
      report={report}
      settings={{ ...settings, ...over }}
      hostname="news.example"
      onRoute={onRoute}
      jump={jump}
      changeSettings={changeSettings}
    />,
  );
  return { onRoute, jump, changeSettings };
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });
const focused = () => document.activeElement as HTMLElement;
const heading = () => screen.getByRole('heading', { level: 1 });
const backButton = () => screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement;
const forwardButton = () => screen.getByRole('button', { name: 'Forward' }) as HTMLButtonElement;
const searchBox = () => screen.getByRole('searchbox', { name: 'Search the glossary' });
const termRows = () =>
  within(screen.getByRole('list', { name: 'Terms on this page' })).getAllByRole('button', {
    name: /mentions?$/,
  });

describe('the popup app', () => {
  it('opens on the route it is given and reports each route it shows', () => {
    const { onRoute } = renderApp({ view: 'term', id: 'entity-list' });
    expect(heading().textContent).toBe('Entity List');
    expect(onRoute).toHaveBeenLastCalledWith({ view: 'term', id: 'entity-list' });
    fireEvent.click(screen.getByRole('button', { name: 'Glossary' }));
    expect(onRoute).toHaveBeenLastCalledWith({ view: 'glossary' });
  });

  it('switches views with the tabs, marking the current one', () => {
    renderApp();
    const tabs = within(screen.getByRole('navigation', { name: 'Views' }));
    expect(tabs.getByRole('button', { name: 'This page' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(heading().textContent).toBe('This page');
    fireEvent.click(tabs.getByRole('button', { name: 'Glossary' }));
    expect(heading().textContent).toBe('Glossary');
    expect(screen.getByRole('list', { name: 'Glossary results' })).toBeTruthy();
    expect(tabs.getByRole('button', { name: 'Glossary' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(tabs.getByRole('button', { name: 'This page' }).hasAttribute('aria-current')).toBe(
      false,
    );
    fireEvent.click(tabs.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('checkbox', { name: 'Off for news.example' })).toBeTruthy();
  });

  it('goes back and forward with the buttons', () => {
    renderApp();
    expect(backButton().disabled).toBe(true);
    expect(forwardButton().disabled).toBe(true);
    fireEvent.click(termRows()[0]!);
    expect(heading().textContent).toBe('Nvidia H20');
    fireEvent.click(screen.getByRole('button', { name: 'Nvidia H200' }));
    expect(heading().textContent).toBe('Nvidia H200');
    fireEvent.click(backButton());
    expect(heading().textContent).toBe('Nvidia H20');
    expect(forwardButton().disabled).toBe(false);
    fireEvent.click(backButton());
    expect(heading().textContent).toBe('This page');
    expect(backButton().disabled).toBe(true);
    fireEvent.click(forwardButton());
    fireEvent.click(forwardButton());
    expect(heading().textContent).toBe('Nvidia H200');
    expect(forwardButton().disabled).toBe(true);
  });

  it('goes back with Esc and Backspace, and with Alt+Left / Alt+Right', () => {
    renderApp();
    fireEvent.click(termRows()[1]!);
    fireEvent.click(screen.getByRole('button', { name: glossary.bis!.title }));
    expect(heading().textContent).toBe(glossary.bis!.title);
    key('Escape');
    expect(heading().textContent).toBe('Entity List');
    key('Backspace');
    expect(heading().textContent).toBe('This page');
    // Nothing further back: the keys do nothing (and Esc can close the popup as usual).
    key('Escape');
    expect(heading().textContent).toBe('This page');
    key('ArrowRight', { altKey: true });
    expect(heading().textContent).toBe('Entity List');
    key('ArrowRight', { altKey: true });
    expect(heading().textContent).toBe(glossary.bis!.title);
    key('ArrowLeft', { altKey: true });
    expect(heading().textContent).toBe('Entity List');
  });

  it('focuses the search with “/”, and searches as you type', () => {
    const { onRoute } = renderApp();
    termRows()[0]!.focus();
    key('/');
    expect(focused()).toBe(searchBox());
    fireEvent.input(searchBox(), { target: { value: 'h-20' } });
    expect(onRoute).toHaveBeenLastCalledWith({ view: 'glossary', query: 'h-20' });
    expect(focused()).toBe(searchBox());
    const results = within(screen.getByRole('list', { name: 'Glossary results' }));
    expect(results.getAllByRole('button')[0]!.textContent).toContain('Nvidia H20');
    expect(screen.getByRole('status').textContent).toMatch(/for “h-20”/);
    // Typing more replaces the entry instead of adding one per keystroke.
    fireEvent.input(searchBox(), { target: { value: 'h-2' } });
    fireEvent.input(searchBox(), { target: { value: 'entity' } });
    key('Backspace');
    expect(screen.getByRole('list', { name: 'Glossary results' })).toBeTruthy();
    fireEvent.click(backButton());
    expect(heading().textContent).toBe('This page');
  });

  it('leaves Backspace, “/” and Alt+arrows to the search box while typing', () => {
    renderApp({ view: 'glossary', query: 'hbm' });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    searchBox().focus();
    key('Backspace');
    key('ArrowLeft', { altKey: true });
    expect(screen.getByRole('checkbox', { name: 'Off for news.example' })).toBeTruthy();
    expect(key('/')).toBe(true); // not prevented: the slash is typed
  });

  it('clears a search with Esc, then goes back with the next Esc', () => {
    renderApp();
    searchBox().focus();
    fireEvent.input(searchBox(), { target: { value: 'smic' } });
    key('Escape');
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(heading().textContent).toBe('Glossary');
    key('Escape');
    expect(heading().textContent).toBe('This page');
  });

  it('moves from the search into the results with ArrowDown, and opens the first with Enter', () => {
    renderApp();
    searchBox().focus();
    fireEvent.input(searchBox(), { target: { value: 'entity-list' } });
    key('ArrowDown');
    expect(focused().textContent).toContain('Entity List');
    key('ArrowDown');
    expect(focused().closest('ul')?.getAttribute('aria-label')).toBe('Glossary results');
    searchBox().focus();
    key('Enter');
    expect(heading().textContent).toBe('Entity List');
  });

  it('moves focus through a list with the arrow keys, Home and End', () => {
    renderApp();
    const rows = termRows();
    rows[0]!.focus();
    key('ArrowDown');
    expect(focused()).toBe(rows[1]);
    key('ArrowDown');
    expect(focused()).toBe(rows[2]);
    key('ArrowDown');
    expect(focused()).toBe(rows[2]);
    key('ArrowUp');
    expect(focused()).toBe(rows[1]);
    key('Home');
    expect(focused()).toBe(rows[0]);
    key('End');
    expect(focused()).toBe(rows[2]);
    key('ArrowUp');
    key('ArrowUp');
    key('ArrowUp');
    expect(focused()).toBe(rows[0]);
  });

  it('makes each list one tab stop, the row last focused', () => {
    renderApp();
    const rows = termRows();
    const jumps = screen.getAllByRole('button', { name: /^Jump to/ });
    const tabStops = () =>
      [...rows, ...jumps]
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(tabStops()).toEqual([
      expect.stringContaining('Nvidia H20'),
      'Jump to Nvidia H20 in the page',
    ]);
    rows[0]!.focus();
    key('End');
    expect(rows[2]!.tabIndex).toBe(0);
    expect(rows[0]!.tabIndex).toBe(-1);
    expect(jumps[0]!.tabIndex).toBe(-1);
    expect(jumps[2]!.tabIndex).toBe(0);
    // From a "Jump to" button the arrows keep to the "Jump to" column.
    jumps[2]!.focus();
    key('ArrowUp');
    expect(focused()).toBe(jumps[1]);
    expect(rows.every((r) => r.tagName === 'BUTTON')).toBe(true); // Enter and Space open natively
  });

  it('sends “Jump to” from the list and from a term on the page', () => {
    const { jump } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Jump to Entity List in the page' }));
    expect(jump).toHaveBeenLastCalledWith('entity-list');
    fireEvent.click(termRows()[2]!);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to it in the page' }));
    expect(jump).toHaveBeenLastCalledWith('hbm');
    fireEvent.click(screen.getByRole('button', { name: 'Glossary' }));
    // The first row's button, found by selector: a role query over every row of the whole
    // glossary takes seconds in jsdom.
    fireEvent.click(
      screen
        .getByRole('list', { name: 'Glossary results' })
        .querySelector<HTMLButtonElement>('button')!,
    );
    expect(screen.queryByRole('button', { name: 'Jump to it in the page' })).toBeNull();
  }, 20_000);

  it('marks the page’s terms in a trend opened from the page', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: /^China-specific chips/ }));
    expect(heading().textContent).toBe('China-specific chips and the licence bargain');
    expect(screen.getByRole('button', { name: 'Nvidia H20 (on this page)' })).toBeTruthy();
  });

  it('moves focus to a new view’s heading, and back to the item it came from', () => {
    renderApp();
    const row = termRows()[1]!;
    row.focus();
    fireEvent.click(row);
    expect(focused()).toBe(heading());
    expect(focused().textContent).toBe('Entity List');
    key('Escape');
    expect(focused().textContent).toContain('Entity List');
    expect(focused().closest('ul')?.getAttribute('aria-label')).toBe('Terms on this page');
    // A tab keeps the focus it was given.
    const glossaryTab = screen.getByRole('button', { name: 'Glossary' });
    glossaryTab.focus();
    fireEvent.click(glossaryTab);
    expect(focused()).toBe(glossaryTab);
  });

  it('saves settings and says so when they could not be saved', async () => {
    const { changeSettings } = renderApp({ view: 'settings' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Annotate AI-race terms on pages' }));
    expect(changeSettings).toHaveBeenLastCalledWith({ enabled: false });
    await act(async () => {});
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Annotate AI-race terms on pages',
        }) as HTMLInputElement
      ).checked,
    ).toBe(false);
    changeSettings.mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(screen.getByRole('radio', { name: 'Tinted background' }));
    await act(async () => {});
    expect(screen.getByRole('alert').textContent).toMatch(/Settings were not saved: Error: quota/);
  });
});
