import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../src/core/anchoring';

const page =
  'The Bureau of Industry and Security issued the rules on 7 October 2022. ' +
  'They limited exports of advanced chips to China. ' +
  'A year later the update closed the gap that the A800 and H800 had used. ' +
  'Nvidia then designed the H20 for the new thresholds.';

const passage = 'closed the gap that the A800 and H800 had used';
const start = page.indexOf(passage);
const target = describeRange(page, start, start + passage.length);

describe('describeRange', () => {
  it('records the quote with its context and the position', () => {
    expect(target.quote.exact).toBe(passage);
    expect(target.quote.prefix).toBe(page.slice(start - 32, start));
    expect(target.quote.suffix).toBe(
      page.slice(start + passage.length, start + passage.length + 32),
    );
    expect(target.position).toEqual({
      type: 'TextPositionSelector',
      start,
      end: start + passage.length,
    });
  });
});

describe('anchor', () => {
  it('places an unchanged passage where it was', () => {
    expect(anchor(page, target)).toEqual({
      start,
      end: start + passage.length,
      score: 1,
      approximate: false,
    });
  });

  it('follows the passage when text is inserted before it', () => {
    const edited = `Breaking: a new paragraph was added at the top. ${page}`;
    const placed = anchor(edited, target)!;
    expect(edited.slice(placed.start, placed.end)).toBe(passage);
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const twice = `${page} Later, analysts said the update ${passage} long ago.`;
    const moved = `Intro. ${twice}`;
    const placed = anchor(moved, target)!;
    expect(placed.start).toBe(moved.indexOf(passage));
  });

  it('places a passage with a word changed inside it', () => {
    const edited = page.replace('had used', 'had exploited');
    const placed = anchor(edited, target)!;
    expect(edited.slice(placed.start, placed.end)).toBe(
      'closed the gap that the A800 and H800 had exploited',
    );
  });

  it('places a passage whose context was rewritten', () => {
    const edited = page.replace('A year later the update', 'Twelve months on, a revision');
    const placed = anchor(edited, target)!;
    expect(edited.slice(placed.start, placed.end)).toBe(passage);
  });

  it('reports a passage that is gone instead of placing it somewhere else', () => {
    const edited = page.replace(/A year later[^.]*\./, 'Nothing else changed that year.');
    expect(anchor(edited, target)).toBeUndefined();
  });

  it('never places an empty quote', () => {
    expect(anchor(page, describeRange(page, 5, 5))).toBeUndefined();
  });
});

describe('anchor (properties)', () => {
  const words = fc.array(fc.stringMatching(/^[a-z]{2,9}$/), { minLength: 40, maxLength: 120 });

  it('finds any passage of an unchanged text exactly', () => {
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (ws, a, b) => {
        const text = ws.join(' ');
        const s = a % (text.length - 10);
        const e = s + 5 + (b % Math.min(60, text.length - s - 5));
        const placed = anchor(text, describeRange(text, s, e));
        expect(placed).toEqual({ start: s, end: e, score: 1, approximate: false });
      }),
      { numRuns: 200 },
    );
  });

  it('finds a passage again after text is inserted before it, or refuses; never a wrong place', () => {
    fc.assert(
      fc.property(words, words, fc.nat(), (ws, extra, a) => {
        const text = ws.join(' ');
        const s = a % (text.length - 40);
        const e = s + 30;
        const target = describeRange(text, s, e);
        const insert = `${extra.slice(0, 10).join(' ')} `;
        const edited = insert + text;
        const placed = anchor(edited, target);
        if (placed) expect(edited.slice(placed.start, placed.end)).toBe(text.slice(s, e));
      }),
      { numRuns: 200 },
    );
  });
});

// The reproductions that broke the first re-anchoring, one test each.
describe('anchor: the position is a hint, never a shortcut', () => {
  const quote = (exact: string, prefix: string, suffix: string, start: number) => ({
    quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  });

  it('follows the context when another copy of the quote moved into the old position', () => {
    const edited = 'XXXXXXXXone two one three';
    const placed = anchor(edited, quote('one', 'one two ', ' three', 8))!;
    expect([placed.start, placed.end]).toEqual([16, 19]);
  });

  it('considers every exact occurrence, not the first fifty', () => {
    const text = `${'China said no. '.repeat(60)}Then China agreed to talks.`;
    const at = text.lastIndexOf('China');
    const target = describeRange(text, at, at + 5);
    const edited = `${'A'.repeat(26)}${text}`;
    expect(anchor(edited, target)!.start).toBe(at + 26);
  });

  it('decides a tie between identical passages by the old position', () => {
    const sentence = 'The rule took effect at once.';
    const text = `${sentence} Filler between the copies. ${sentence}`;
    const second = text.lastIndexOf(sentence);
    // Same quote, same (empty) context for both copies: only the position tells them apart.
    const target = quote(sentence, '', '', second);
    expect(anchor(text, target)!.start).toBe(second);
    expect(anchor(text, quote(sentence, '', '', 0))!.start).toBe(0);
  });
});

describe('anchor: edited short quotes', () => {
  const solitude =
    'Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to remember that distant afternoon when his father took him to discover ice';
  const withSuffix = (exact: string) => ({
    quote: {
      type: 'TextQuoteSelector' as const,
      exact,
      prefix: '',
      suffix: ', as he faced the firing squad, C',
    },
    position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  });

  it('finds "some years later" as "Many years later" and says it is approximate', () => {
    const placed = anchor(solitude, withSuffix('some years later'))!;
    expect(solitude.slice(placed.start, placed.end)).toBe('Many years later');
    expect(placed.approximate).toBe(true);
    expect(placed.score).toBeLessThan(1);
  });

  it('scores a closer quote higher: exact, one letter off, one word off, two words off', () => {
    const scores = [
      'Many years later',
      'Many yers later',
      'Some years later',
      'Some years after',
    ].map((q) => anchor(solitude, withSuffix(q))?.score ?? 0);
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });

  it('places a 5,000-character quote with two words changed, after text was added above it', () => {
    const words = 'export licence chip rule memory model cluster foundry node wafer'.split(' ');
    const long = Array.from({ length: 800 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const text = `Intro paragraph.\u2029${long.slice(0, 5000)}\u2029Closing words.`;
    const start = text.indexOf(long.slice(0, 20));
    const target = describeRange(text, start, start + 5000);
    const changed = text
      .slice(start, start + 5000)
      .replace('licence', 'permit')
      .replace(/wafer(?!.*wafer)/s, 'die');
    const edited = `New heading.\u2029${text.slice(0, start)}${changed}${text.slice(start + 5000)}`;
    const placed = anchor(edited, target)!;
    expect(placed.start).toBe(start + 13);
    expect(Math.abs(placed.end - (start + 13 + changed.length))).toBeLessThanOrEqual(2);
  });
});

describe('positions count code points, as the W3C model says', () => {
  const text = 'l😃rem ipsum dolor amet';
  const start = text.indexOf('dolor');

  it('describes a passage after an emoji with code-point offsets', () => {
    expect(start).toBe(13);
    // UTF-16 says 13–21 for "dolor am"; W3C tools count 12–20.
    expect(describeRange(text, start, start + 8).position).toEqual({
      type: 'TextPositionSelector',
      start: 12,
      end: 20,
    });
  });

  it('places a selector written by another W3C tool (code points) on the right characters', () => {
    const fromOtherTool = {
      quote: { type: 'TextQuoteSelector' as const, exact: 'dolor', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 12, end: 17 },
    };
    // Two copies: only the position can choose, so it must be read as code points.
    const twice = `${text} dolor`;
    const placed = anchor(twice, fromOtherTool)!;
    expect(twice.slice(placed.start, placed.end)).toBe('dolor');
    expect(placed.start).toBe(13);
  });
});
