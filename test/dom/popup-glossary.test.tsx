// Searching the whole glossary from the popup, and narrowing it by kind and side.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTerms } from '../../src/popup/glossary-data';
import { GlossaryView } from '../../src/popup/glossary-view';

afterEach(cleanup);

function search(query: string) {
  const open = vi.fn();
  const view = render(<GlossaryView query={query} open={open} />);
  return { open, view };
}

// Rows are read with a selector, not a role query: role queries over the whole glossary (hundreds
// of rows) take seconds in jsdom and would time the test out as the glossary grows.
const results = () =>
  Array.from(
    screen.getByRole('list', { name: 'Glossary results' }).querySelectorAll(':scope > li'),
  ).map((li) => li.querySelector('.row-title')!.textContent);

describe('the popup glossary', () => {
  it('lists every term, alphabetically, with no query', () => {
    search('');
    expect(results()).toHaveLength(allTerms.length);
    expect(allTerms.length).toBeGreaterThan(150);
    const titles = results() as string[];
    expect([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(
      titles,
    );
    expect(screen.getByRole('status').textContent).toBe(`${allTerms.length} terms`);
    // Rendering every row of a 400-term glossary in jsdom takes seconds on a busy machine.
  }, 20_000);

  it('finds the Nvidia H20 first for “h-20”, and opens it', () => {
    const { open } = search('h-20');
    expect(results()[0]).toBe('Nvidia H20');
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ terms? for “h-20”$/);
    fireEvent.click(screen.getAllByRole('button', { name: /Nvidia H20/ })[0]!);
    expect(open).toHaveBeenCalledWith({ view: 'term', id: 'h20' });
  });

  it('finds the Entity List for “entity-list”, with its summary', () => {
    search('entity-list');
    expect(results()[0]).toBe('Entity List');
    const first = within(screen.getByRole('list', { name: 'Glossary results' })).getAllByRole(
      'listitem',
    )[0]!;
    expect(first.textContent).toContain('US Commerce Department list');
  });

  it('forgives a typo', () => {
    search('deepsek');
    expect(results().some((t) => t?.startsWith('DeepSeek'))).toBe(true);
    cleanup();
    search('entty list');
    expect(results()).toContain('Entity List');
  });

  it('says so when nothing matches', () => {
    search('zzzzqqqq');
    expect(results()).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/No term matches/);
  });

  it('filters by kind and by side, and announces the new count', () => {
    search('');
    const kind = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    fireEvent.change(kind, { target: { value: 'chip' } });
    const chips = allTerms.filter((t) => t.kind === 'chip');
    expect(results()).toEqual(chips.map((t) => t.title));
    expect(screen.getByRole('status').textContent).toBe(`${chips.length} terms`);
    const side = screen.getByRole('combobox', { name: 'Side' }) as HTMLSelectElement;
    fireEvent.change(side, { target: { value: 'china' } });
    const chinese = chips.filter((t) => t.side === 'china');
    expect(chinese.length).toBeGreaterThan(0);
    expect(results()).toEqual(chinese.map((t) => t.title));
    expect(results()).not.toContain('Nvidia H20');
    fireEvent.change(kind, { target: { value: '' } });
    expect(results()).toEqual(allTerms.filter((t) => t.side === 'china').map((t) => t.title));
  });

  it('combines a search with the filters', () => {
    search('h20');
    fireEvent.change(screen.getByRole('combobox', { name: 'Side' }), { target: { value: 'us' } });
    expect(results()[0]).toBe('Nvidia H20');
    fireEvent.change(screen.getByRole('combobox', { name: 'Side' }), {
      target: { value: 'china' },
    });
    expect(results()).not.toContain('Nvidia H20');
  });
});
