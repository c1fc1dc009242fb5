// The service worker's check on every highlight write, with senders shaped as Chrome and
// Firefox build them: our popup may do anything, a page's content script only its own page,
// within the limits, at a reader's pace.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteFrom,
  PAGE_WRITES_PER_MINUTE,
  saveFrom,
} from '../../src/background/highlight-writes';
import { describeRange } from '../../src/core/anchoring';
import type { HighlightRecord } from '../../src/core/highlights';
import type { Runtime } from '../../src/platform/browser';
import { loadHighlights } from '../../src/platform/highlights-store';
import { resetFakeStorage } from './fake-browser';

const text = 'The H20 was designed for the thresholds set in October 2023.';
const page = 'https://news.example/h20';

function record(id: string, over: Partial<HighlightRecord> = {}): HighlightRecord {
  const now = new Date().toISOString();
  return {
    id,
    url: page,
    title: 'H20',
    created: now,
    modified: now,
    color: 'yellow',
    note: '',
    tags: [],
    target: describeRange(text, 4, 7),
    ...over,
  };
}

/** A sender as the browser builds it; only the fields the check reads are given. */
const sender = (s: { id: string; url: string; frameId?: number; tab?: { id: number } }) =>
  s as Runtime.MessageSender;
const popup = sender({ id: 'test', url: 'chrome-extension://test/popup/popup.html' });
// Firefox sets `tab` for an extension page opened in a tab: it is still the extension.
const popupInFirefoxTab = sender({ id: 'test', url: popup.url!, tab: { id: 3 } });
const contentScript = (url = `${page}#section`) =>
  sender({ id: 'test', url, frameId: 0, tab: { id: 7 } });

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

beforeEach(resetFakeStorage);

describe('highlight writes', () => {
  it('lets the popup save and delete any highlight, in a tab too', async () => {
    await saveFrom([record('aaaaaaaa-1', { url: 'https://other.example/' })], popup);
    await saveFrom([record('bbbbbbbb-2')], popupInFirefoxTab);
    expect(await loadHighlights()).toHaveLength(2);
    await deleteFrom({ url: 'https://other.example/', id: 'aaaaaaaa-1' }, popupInFirefoxTab);
    expect((await loadHighlights()).map((r) => r.id)).toEqual(['bbbbbbbb-2']);
  });

  it('lets a page save and delete its own highlights only', async () => {
    await saveFrom([record('aaaaaaaa-1')], contentScript());
    expect(
      await refusal(
        saveFrom([record('bbbbbbbb-2', { url: 'https://bank.example/' })], contentScript()),
      ),
    ).toMatch(/only save its own highlights/);
    expect(
      await refusal(deleteFrom({ url: 'https://bank.example/', id: 'x' }, contentScript())),
    ).toMatch(/only delete its own/);
    await deleteFrom({ url: page, id: 'aaaaaaaa-1' }, contentScript());
    expect(await loadHighlights()).toEqual([]);
  });

  it('refuses senders that are not us, frames, and pages that are not http(s)', async () => {
    for (const from of [
      { id: 'another-extension', url: page, frameId: 0, tab: { id: 1 } },
      { id: 'test', url: page, frameId: 3, tab: { id: 1 } },
      { id: 'test', url: 'file:///home/notes.html', frameId: 0, tab: { id: 1 } },
      { id: 'test', url: page },
    ]) {
      expect(await refusal(saveFrom([record('aaaaaaaa-1')], sender(from)))).toMatch(/may not save/);
    }
    expect(await loadHighlights()).toEqual([]);
  });

  it('lets a page change colour and note, never the passage a highlight quotes', async () => {
    const r = record('aaaaaaaa-1');
    await saveFrom([r], contentScript());
    await saveFrom([{ ...r, note: 'mine', color: 'pink' }], contentScript());
    const moved = { ...r, target: describeRange(text, 0, 30) };
    expect(await refusal(saveFrom([moved], contentScript()))).toMatch(/keeps the passage/);
    expect((await loadHighlights())[0]).toMatchObject({ note: 'mine', color: 'pink' });
  });

  it('refuses a quote over the limit with a sentence the reader can act on', async () => {
    const long = 'word '.repeat(1200);
    const r = record('aaaaaaaa-1', { target: describeRange(long, 0, long.length) });
    expect(await refusal(saveFrom([r], contentScript()))).toBe(
      'This passage is too long to save: highlights can hold up to 5,000 characters. Select a shorter passage.',
    );
  });

  it(`holds one site to ${PAGE_WRITES_PER_MINUTE} writes a minute; the popup is not held`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < PAGE_WRITES_PER_MINUTE + 5; i++) {
      outcomes.push(await refusal(saveFrom([record(`flood-${1000 + i}`)], contentScript())));
    }
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(PAGE_WRITES_PER_MINUTE);
    expect(outcomes.at(-1)).toMatch(/Too many highlights were saved or changed on this site/);
    expect(await refusal(saveFrom([record('popup-0001')], popup))).toBe('accepted');
  });

  it('keeps one record per id: saving it under another page replaces the old one', async () => {
    await saveFrom([record('aaaaaaaa-1')], popup);
    await saveFrom([record('aaaaaaaa-1', { url: 'https://news.example/moved' })], popup);
    const all = await loadHighlights();
    expect(all.map((r) => [r.id, r.url])).toEqual([['aaaaaaaa-1', 'https://news.example/moved']]);
  });
});
