// "This page" in the popup: what a reader sees for an article, and for pages with nothing.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TermOnPage, TrendOnPage } from '../../src/core/summary';
import type { PageReport } from '../../src/platform/messages';
import { terms as glossary } from '../../src/popup/glossary-data';
import { PageView } from '../../src/popup/page-view';

afterEach(cleanup);

const term = (id: string, count: number): TermOnPage => {
  const t = glossary[id]!;
  return { id, title: t.title, kind: t.kind, side: t.side, count, mentions: [] };
};

function report(
  termsOnPage: TermOnPage[],
  trendsOnPage: TrendOnPage[] = [],
  status: PageReport['status'] = 'ok',
): PageReport {
  // Only what this view reads (the report grows other fields for other views).
  return {
    status,
    url: 'https://news.example/ai',
    title: 'Chips',
    summary: { terms: termsOnPage, trends: trendsOnPage },
  } as PageReport;
}

const article = report(
  [term('h20', 3), term('entity-list', 1), term('hbm', 2)],
  [
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
      terms: ['entity-list', 'h20', 'hbm', 'smic', 'bis', 'ear'],
    },
  ],
);

function renderPage(r: Parameters<typeof PageView>[0]['report']) {
  const open = vi.fn();
  const jump = vi.fn();
  render(<PageView report={r} open={open} jump={jump} />);
  return { open, jump };
}

describe('the popup’s “This page” view', () => {
  it('lists the terms in reading order with their counts and badges', () => {
    renderPage(article);
    const list = screen.getByRole('list', { name: 'Terms on this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.row-title')!.textContent)).toEqual([
      'Nvidia H20',
      'Entity List',
      glossary.hbm!.title,
    ]);
    const h20 = rows[0]!;
    expect(within(h20).getByText('×3')).toBeTruthy();
    expect(within(h20).getByText('Chip')).toBeTruthy();
    expect(within(h20).getByText('US')).toBeTruthy();
    expect(within(rows[1]!).getByText('Policy')).toBeTruthy();
    // The count is read out as words, not as "times 3".
    expect(within(list).getByRole('button', { name: /Nvidia H20.*3 mentions/ })).toBeTruthy();
    expect(within(list).getByRole('button', { name: /Entity List.*1 mention$/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Terms on this page (3)' })).toBeTruthy();
  });

  it('opens a term and jumps to it in the page', () => {
    const { open, jump } = renderPage(article);
    fireEvent.click(screen.getByRole('button', { name: /^Entity List/ }));
    expect(open).toHaveBeenCalledWith({ view: 'term', id: 'entity-list' });
    fireEvent.click(screen.getByRole('button', { name: 'Jump to Nvidia H20 in the page' }));
    expect(jump).toHaveBeenCalledWith('h20');
  });

  it('lists the trends with the terms that put them there', () => {
    const { open } = renderPage(article);
    const list = screen.getByRole('list', { name: 'Trends on this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('China-specific chips and the licence bargain');
    expect(within(rows[0]!).getByText('via Nvidia H20')).toBeTruthy();
    // Four names at most; terms of the trend not on the page are named by id.
    expect(
      within(rows[1]!).getByText(/^via Entity List, Nvidia H20, .+, smic and 2 more$/),
    ).toBeTruthy();
    fireEvent.click(within(rows[1]!).getByRole('button'));
    expect(open).toHaveBeenCalledWith({ view: 'trend', id: 'export-control-escalation' });
  });

  it('shows the top five trends, and all of them on request', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      id: `t${i}`,
      title: `Trend ${i}`,
      score: 10 - i,
      terms: ['h20'],
    }));
    renderPage(report([term('h20', 1)], many));
    const list = () => screen.getByRole('list', { name: 'Trends on this page' });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'Show all 7 trends' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(within(list()).getAllByRole('listitem')).toHaveLength(7);
    expect(
      screen.getByRole('button', { name: 'Show fewer trends' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('has no trends section when no trend applies', () => {
    renderPage(report([term('h20', 1)]));
    expect(screen.queryByRole('list', { name: 'Trends on this page' })).toBeNull();
  });

  it('says so when the page is not about the AI race', () => {
    renderPage(report([], [], 'not-relevant'));
    expect(screen.getByRole('status').textContent).toBe('No AI-race terms on this page.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('explains on request why a page was or was not annotated, with each piece of evidence', () => {
    const why = {
      relevant: true,
      score: 5.5,
      verdict: '2 glossary terms and a score of 5.5 (at least 4 needed)',
      reasons: [
        { kind: 'headline' as const, id: 'h20', text: 'H20', weight: 4 },
        { kind: 'topic' as const, id: 'china', text: 'china, beijing', weight: 1 },
      ],
    };
    render(<PageView report={{ ...article, relevance: why }} open={vi.fn()} jump={vi.fn()} />);
    const details = screen.getByText('Why is this page annotated?').closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(/Score 5\.5: 2 glossary terms/)).toBeTruthy();
    const items = within(details)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      '+4 “H20” · glossary term in the headline (counts double)',
      '+1 “china, beijing” · topic words',
    ]);
    cleanup();
    const off = { ...report([], [], 'not-relevant'), relevance: { ...why, relevant: false } };
    render(<PageView report={off} open={vi.fn()} jump={vi.fn()} />);
    expect(screen.getByText('Why isn’t this page annotated?')).toBeTruthy();
  });

  it('says so when a relevant page has no terms left', () => {
    renderPage(report([]));
    expect(screen.getByRole('status').textContent).toBe('No AI-race terms on this page.');
  });

  it('points to Settings when annotations are off for the site or everywhere', () => {
    const { open } = renderPage(report([], [], 'site-disabled'));
    expect(screen.getByRole('status').textContent).toMatch(/off for this site/);
    fireEvent.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(open).toHaveBeenCalledWith({ view: 'settings' });
    cleanup();
    renderPage(report([], [], 'disabled'));
    expect(screen.getByRole('status').textContent).toMatch(/switched off/);
  });

  it('explains pages the extension cannot read, and while it reads', () => {
    renderPage('unavailable');
    expect(screen.getByRole('status').textContent).toMatch(/can’t read this page/);
    expect(screen.getByRole('status').textContent).toMatch(/glossary still works/);
    cleanup();
    renderPage('loading');
    expect(screen.getByRole('status').textContent).toBe('Reading this page…');
  });
});
