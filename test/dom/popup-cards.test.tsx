// A term's card and a trend's page in the popup.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { terms, trends } from '../../src/popup/glossary-data';
import { formatDate } from '../../src/popup/labels';
import { TermView } from '../../src/popup/term-view';
import { TrendView } from '../../src/popup/trend-view';

afterEach(cleanup);

const section = (name: string) =>
  screen.getByRole('heading', { name, level: 2 }).closest('section') as HTMLElement;

describe('the term view', () => {
  const h20 = terms.h20!;

  function renderTerm(id: string, onPage = false) {
    const open = vi.fn();
    const jump = vi.fn();
    render(<TermView id={id} language="en" onPage={onPage} open={open} jump={jump} />);
    return { open, jump };
  }

  it('shows the title, badges, summary, background and why it matters', () => {
    renderTerm('h20');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nvidia H20');
    expect(screen.getByRole('article', { name: 'Nvidia H20' })).toBeTruthy();
    expect(screen.getByText(h20.summary)).toBeTruthy();
    expect(screen.getByText(h20.background)).toBeTruthy();
    expect(within(section('Why it matters')).getByText(h20.whyItMatters)).toBeTruthy();
    expect(screen.getByText('Chip')).toBeTruthy();
  });

  it('lists the key facts with their dates and a source each', () => {
    renderTerm('h20');
    const facts = within(section('Key facts')).getAllByRole('listitem');
    expect(facts).toHaveLength(h20.facts!.length);
    h20.facts!.forEach((fact, i) => {
      const time = facts[i]!.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(fact.date);
      expect(time.textContent).toBe(formatDate(fact.date));
      expect(facts[i]!.textContent).toContain(fact.text);
      const link = within(facts[i]!).getByRole('link');
      expect(link.getAttribute('href')).toBe(fact.source);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    });
    // Each "source" link says which fact it belongs to.
    const first = h20.facts![0]!;
    expect(
      within(facts[0]!).getByRole('link', {
        name: `Source for ${formatDate(first.date)} (new tab)`,
      }),
    ).toBeTruthy();
  });

  it('opens related terms and trends', () => {
    const { open } = renderTerm('h20');
    const related = within(section('Related terms')).getAllByRole('button');
    expect(related.map((b) => b.textContent)).toEqual(h20.related.map((id) => terms[id]!.title));
    fireEvent.click(within(section('Related terms')).getByRole('button', { name: 'Nvidia H200' }));
    expect(open).toHaveBeenCalledWith({ view: 'term', id: 'h200' });
    fireEvent.click(
      within(section('Trends')).getByRole('button', {
        name: trends['china-specific-chips']!.title,
      }),
    );
    expect(open).toHaveBeenCalledWith({ view: 'trend', id: 'china-specific-chips' });
  });

  it('links its sources in a new tab, without giving them the opener', () => {
    renderTerm('h20');
    const links = within(section('Sources').querySelector('ul')!).getAllByRole('link');
    expect(links).toHaveLength(h20.sources.length);
    for (const [i, link] of links.entries()) {
      expect(link.getAttribute('href')).toBe(h20.sources[i]!.url);
      expect(link.textContent).toContain(h20.sources[i]!.title);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(
      screen.getByText(`Current to ${formatDate(h20.asOf)} · edited ${formatDate(h20.reviewed)}`),
    ).toBeTruthy();
  });

  it('says through when the card is current, and shows an expired state as ended', () => {
    const withEnded = Object.values(terms).find((t) =>
      t.facts?.some((f) => f.until && f.until < '2026-11-30'),
    );
    expect(withEnded, 'the glossary has a fact whose temporary state has ended').toBeDefined();
    renderTerm(withEnded!.id);
    expect(screen.getAllByText(`Current to ${formatDate(withEnded!.asOf)}`).length).toBeGreaterThan(
      0,
    );
    const fact = withEnded!.facts!.find((f) => f.until && f.until < '2026-11-30')!;
    expect(screen.getByText(`(until ${formatDate(fact.until!)} — ended)`)).toBeTruthy();
  });

  it('offers “Jump to” only for a term on the page', () => {
    const { jump } = renderTerm('h20', true);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to it in the page' }));
    expect(jump).toHaveBeenCalledWith('h20');
    cleanup();
    renderTerm('h20', false);
    expect(screen.queryByRole('button', { name: /Jump to/ })).toBeNull();
  });

  it('says so for an id not in the glossary', () => {
    renderTerm('no-such-term');
    expect(screen.getByText('This term is not in the glossary.')).toBeTruthy();
  });
});

describe('the trend view', () => {
  const trend = trends['china-specific-chips']!;

  function renderTrend(pageTerms: string[] = []) {
    const open = vi.fn();
    render(<TrendView id={trend.id} pageTerms={new Set(pageTerms)} open={open} />);
    return { open };
  }

  it('shows the title, summary and why it matters', () => {
    renderTrend();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(trend.title);
    expect(screen.getByText('Trend')).toBeTruthy();
    expect(screen.getByText(trend.summary)).toBeTruthy();
    expect(within(section('Why it matters')).getByText(trend.whyItMatters)).toBeTruthy();
  });

  it('shows a dated, sourced timeline in order', () => {
    renderTrend();
    const events = within(section('Timeline')).getAllByRole('listitem');
    expect(events).toHaveLength(trend.timeline.length);
    expect(events.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(
      trend.timeline.map((e) => e.date),
    );
    const last = events.at(-1)!;
    expect(last.textContent).toContain(trend.timeline.at(-1)!.text);
    const link = within(last).getByRole('link');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('marks the linked terms that are on the page, and opens them', () => {
    const { open } = renderTrend(['h20', 'nvidia']);
    const chips = within(section('Terms')).getAllByRole('button');
    expect(chips).toHaveLength(trend.terms.length);
    const onPage = chips.filter((b) => b.classList.contains('on-page'));
    expect(onPage.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Nvidia H20 (on this page)',
      `${terms.nvidia!.title} (on this page)`,
    ]);
    expect(screen.getByRole('button', { name: terms.h800!.title }).classList).not.toContain(
      'on-page',
    );
    expect(screen.getByText('on this page')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nvidia H20 (on this page)' }));
    expect(open).toHaveBeenCalledWith({ view: 'term', id: 'h20' });
  });

  it('has no “on this page” key when none of its terms is on the page', () => {
    renderTrend();
    expect(screen.queryByText('on this page')).toBeNull();
    expect(
      within(section('Terms'))
        .getAllByRole('button')
        .some((b) => b.classList.contains('on-page')),
    ).toBe(false);
  });

  it('lists what to watch', () => {
    renderTrend();
    const items = within(section('What to watch')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(trend.watch);
  });

  it('says so for an id not in the glossary', () => {
    render(<TrendView id="nope" pageTerms={new Set()} open={() => {}} />);
    expect(screen.getByText('This trend is not in the glossary.')).toBeTruthy();
  });
});
