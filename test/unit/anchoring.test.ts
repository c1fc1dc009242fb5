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
