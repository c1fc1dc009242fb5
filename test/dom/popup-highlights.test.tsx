import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteFrom, saveFrom } from '../../src/background/highlight-writes';
import { describeRange } from '../../src/core/anchoring';
import { type HighlightRecord, toJson } from '../../src/core/highlights';
import { storageKey } from '../../src/platform/highlights-store';
import type { PageReport } from '../../src/platform/messages';
import { type BackgroundCalls, serve } from '../../src/platform/messages';
import { HighlightsView } from '../../src/popup/highlights-view';
import browser, { resetFakeStorage } from './fake-browser';

// The popup writes through the service worker: its handlers answer here as they would there.
serve<Pick<BackgroundCalls, 'highlights/save' | 'highlights/delete'>>(
  {
    'highlights/save': ([records], sender) => saveFrom(records, sender),
    'highlights/delete': ([target], sender) => deleteFrom(target, sender),
  },
  () => true,
);

const KEY_A = storageKey({ url: 'https://news.example/story', id: 'aaaaaaaa-1' });

const text = 'Nvidia designed the H20 after the October 2023 rules. HBM is the bottleneck now.';

function record(id: string, exact: string, over: Partial<HighlightRecord> = {}): HighlightRecord {
  const start = text.indexOf(exact);
  return {
    id,
    url: 'https://news.example/story',
    title: 'Chip story',
    created: `2026-11-2${id.length % 9}T10:00:00.000Z`,
    modified: '2026-11-20T10:00:00.000Z',
    color: 'yellow',
    note: '',
    tags: [],
    target: describeRange(text, start, start + exact.length),
    ...over,
  };
}

const report = {
  status: 'ok',
  url: 'https://news.example/story#part-2',
  title: 'Chip story',
  summary: { terms: [], trends: [] },
  highlights: { placed: ['aaaaaaaa-1'], missing: ['bbbbbbbb-22'] },
} as PageReport;

async function store(records: HighlightRecord[]) {
  await browser.storage.local.set(Object.fromEntries(records.map((r) => [storageKey(r), r])));
}
/** The ids of the stored highlights, sorted. */
const stored = async () =>
  Object.keys(await browser.storage.local.get(null))
    .filter((k) => k.startsWith('hl:'))
    .map((k) => k.split(':').at(-1)!)
    .sort();

/** jsdom's File has no text(); browsers' does, and the view uses it. */
function jsonFile(content: string, name: string): File {
  return Object.assign(new File([content], name, { type: 'application/json' }), {
    text: async () => content,
  });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function view(scope: 'page' | 'all' = 'page') {
  return render(<HighlightsView scope={scope} report={report} tabId={7} setScope={() => {}} />);
}

beforeEach(async () => {
  resetFakeStorage();
  await store([
    record('aaaaaaaa-1', 'designed the H20', { note: 'Key chip', tags: ['h20'] }),
    record('bbbbbbbb-22', 'HBM is the bottleneck', { color: 'green' }),
    record('cccccccc-333', 'October 2023 rules', {
      url: 'https://other.example/a',
      title: 'Other story',
    }),
  ]);
});
afterEach(cleanup);

describe('HighlightsView', () => {
  it('lists this page’s highlights newest first, and flags those not found on the page', async () => {
    view();
    await screen.findByText('designed the H20');
    const quotes = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('blockquote')!.textContent);
    expect(quotes).toEqual(['HBM is the bottleneck', 'designed the H20']);
    expect(screen.getByText(/Not found on this page/)).toBeTruthy();
    expect(screen.queryByText('October 2023 rules')).toBeNull();
  });

  it('shows all pages with their titles, and searches notes and tags', async () => {
    view('all');
    await screen.findByText('October 2023 rules');
    fireEvent.input(screen.getByRole('textbox', { name: 'Search highlights' }), {
      target: { value: 'key chip' },
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('designed the H20')).toBeTruthy();
  });

  it('deletes with undo', async () => {
    view();
    await screen.findByText('designed the H20');
    const item = screen.getByText('designed the H20').closest('li')!;
    fireEvent.click(item.querySelector('button:nth-of-type(3)')!);
    await waitFor(async () => expect(await stored()).toEqual(['bbbbbbbb-22', 'cccccccc-333']));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored()).toHaveLength(3));
  });

  it('edits a note and colour', async () => {
    view();
    await screen.findByText('designed the H20');
    const item = screen.getByText('designed the H20').closest('li')!;
    fireEvent.click(item.querySelector('button:nth-of-type(2)')!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Edited note' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'pink' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const got = (await browser.storage.local.get(KEY_A))[KEY_A] as HighlightRecord;
      expect(got).toMatchObject({ note: 'Edited note', color: 'pink' });
    });
  });

  it('shows a failed write to the reader and keeps the highlight as it was', async () => {
    view();
    await screen.findByText('designed the H20');
    const set = vi
      .spyOn(browser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const item = screen.getByText('designed the H20').closest('li')!;
    fireEvent.click(item.querySelector('button:nth-of-type(2)')!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Will not fit' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Couldn't save the highlight: the browser's storage for AI Race Lens is full/,
    );
    const got = (await browser.storage.local.get(KEY_A))[KEY_A] as HighlightRecord;
    expect(got.note).toBe('Key chip');
    set.mockRestore();
  });

  it('refuses a bad import with the reason and changes nothing', async () => {
    view();
    await screen.findByText('designed the H20');
    const before = await browser.storage.local.get(null);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = jsonFile('{"format":"something-else","items":[]}', 'bad.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Import refused\. This is not an AI Race Lens highlights export/,
    );
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('imports an export, merging by id', async () => {
    view('all');
    await screen.findByText('designed the H20');
    const incoming = [
      record('aaaaaaaa-1', 'designed the H20', {
        note: 'Newer note',
        modified: '2026-11-25T00:00:00.000Z',
      }),
      record('dddddddd-4444', 'the H20 after'),
    ];
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [jsonFile(toJson(incoming), 'export.json')] } });
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Imported 1 new and 1 updated highlights; 0 already saved/,
    );
    expect(await stored()).toHaveLength(4);
  });

  it('exports Markdown as a download', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    view();
    await screen.findByText('designed the H20');
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(click).toHaveBeenCalled();
    const md = await readBlob(created[0]!);
    expect(md).toContain('## Chip story');
    expect(md).toContain('> designed the H20');
    click.mockRestore();
  });
});

describe('HighlightsView with thousands of highlights', () => {
  it('renders a screenful at a time, and searches all of them', async () => {
    resetFakeStorage();
    const many = Array.from({ length: 2000 }, (_, i) =>
      record(`bulk${String(i).padStart(6, '0')}`, 'designed the H20', {
        note: i === 1234 ? 'the needle' : '',
        created: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    await store(many);
    view('all');
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThan(1));
    // 60 highlights and the "Show more" row, not 2,000.
    expect(screen.getAllByRole('listitem')).toHaveLength(61);
    fireEvent.click(screen.getByRole('button', { name: /Show more \(1940 left\)/ }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(121));
    fireEvent.input(screen.getByRole('textbox', { name: 'Search highlights' }), {
      target: { value: 'needle' },
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  });
});
