// Saved highlights against edited pages: passages are saved on the corpus articles, the pages
// are then edited the way sites edit live articles, and each passage is placed again. The
// passage is tracked through the edits with two private-use marker characters, so the truth
// is known exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { anchor, describeRange } from '../../src/core/anchoring';
import { BLOCK_SEPARATOR } from '../../src/core/chars';
import { collectText } from '../../src/page/collect';
import { BENCHMARK_PAGES } from './edited-page';

const OPEN = '\uE000';
const CLOSE = '\uE001';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FILLER = [
  'notably',
  'reportedly',
  'officials',
  'analysts',
  'quarterly',
  'several',
  'broadly',
  'industry',
];
const AD =
  'Advertisement: subscribe today for unlimited access to all our reporting and newsletters.';

export type Scenario =
  | 'words near'
  | 'word inside'
  | 'paragraph inserted'
  | 'paragraphs reordered'
  | 'ads injected'
  | 'whitespace and markup';

export const SCENARIOS: Scenario[] = [
  'words near',
  'word inside',
  'paragraph inserted',
  'paragraphs reordered',
  'ads injected',
  'whitespace and markup',
];

/** Replaces about `share` of the words within `radius` characters of the passage. */
function changeWords(
  text: string,
  r: () => number,
  share: number,
  radius: number,
  inside: boolean,
): string {
  const open = text.indexOf(OPEN);
  const close = text.indexOf(CLOSE);
  const from = Math.max(0, open - radius);
  const to = Math.min(text.length, close + radius);
  const region = text.slice(from, to);
  const words = [...region.matchAll(/[\p{L}]{3,}/gu)];
  const eligible = words.filter((w) => {
    const at = from + w.index!;
    const isInside = at > open && at < close;
    return inside ? isInside : !isInside;
  });
  const count = Math.max(1, Math.round(eligible.length * share));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, eligible.length))
    chosen.add(Math.floor(r() * eligible.length));
  let out = region;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const w = eligible[i]!;
    out =
      out.slice(0, w.index!) +
      FILLER[Math.floor(r() * FILLER.length)] +
      out.slice(w.index! + w[0].length);
  }
  return text.slice(0, from) + out + text.slice(to);
}

export function edit(text: string, scenario: Scenario, r: () => number): string {
  const paragraphs = text.split(BLOCK_SEPARATOR);
  const holder = paragraphs.findIndex((p) => p.includes(OPEN));
  switch (scenario) {
    case 'words near':
      return changeWords(text, r, 0.1, 250, false);
    case 'word inside':
      return changeWords(text, r, 0.1, 0, true);
    case 'paragraph inserted': {
      const at = Math.floor(r() * (holder + 1));
      paragraphs.splice(
        at,
        0,
        'Update: this article has been revised to add comment from the company.',
      );
      return paragraphs.join(BLOCK_SEPARATOR);
    }
    case 'paragraphs reordered': {
      // Move the passage's paragraph to another place in the article.
      const [moved] = paragraphs.splice(holder, 1);
      paragraphs.splice(Math.floor(r() * paragraphs.length), 0, moved!);
      return paragraphs.join(BLOCK_SEPARATOR);
    }
    case 'ads injected': {
      for (let k = 0; k < 3; k++) paragraphs.splice(Math.floor(r() * paragraphs.length), 0, AD);
      return paragraphs.join(BLOCK_SEPARATOR);
    }
    case 'whitespace and markup':
      // Re-templated markup: runs of spaces and line breaks change, a block splits in two.
      return changeWords(
        text.replace(/ /g, (m) => (r() < 0.05 ? '  ' : m)),
        r,
        0.05,
        250,
        false,
      ).replace(/\. /, `.${BLOCK_SEPARATOR}`);
  }
}

type Outcome = 'correct' | 'partial' | 'wrong' | 'missing';
type Counts = Record<Outcome | 'total', number>;

export interface RobustnessResult extends Counts {
  byScenario: Record<string, Counts>;
}

const zero = (): Counts => ({ total: 0, correct: 0, partial: 0, wrong: 0, missing: 0 });

function pageTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => BENCHMARK_PAGES.has(f))
    .sort()
    .map(
      (f) => collectText(new JSDOM(readFileSync(join(dir, f), 'utf8')).window.document.body).text,
    );
}

/** `seeds` runs of `perPage` passages per on-topic page, each with its own random edits. */
export function measureRobustness(
  corpusDir: string,
  perPage = 10,
  seeds = [7, 11, 23],
): RobustnessResult {
  const result: RobustnessResult = { ...zero(), byScenario: {} };
  for (const seed of seeds) measureOnce(corpusDir, perPage, seed, result);
  return result;
}

function measureOnce(
  corpusDir: string,
  perPage: number,
  seed: number,
  result: RobustnessResult,
): void {
  const r = random(seed);
  const texts = pageTexts(join(corpusDir, 'on-topic'));
  texts.forEach((text, pageIndex) => {
    for (let k = 0; k < perPage; k++) {
      const scenario = SCENARIOS[(pageIndex * perPage + k) % SCENARIOS.length]!;
      // A passage of 30–200 characters starting and ending on word boundaries, inside one block.
      const blocks = text.split(BLOCK_SEPARATOR).filter((b) => b.length > 120);
      const block = blocks[Math.floor(r() * blocks.length)]!;
      const blockStart = text.indexOf(block);
      const words = [...block.matchAll(/\S+/g)];
      const a = Math.floor(r() * Math.max(1, words.length - 8));
      const b = Math.min(words.length - 1, a + 5 + Math.floor(r() * 25));
      const start = blockStart + words[a]!.index!;
      const end = blockStart + words[b]!.index! + words[b]![0].length;
      const target = describeRange(text, start, end);
      const marked = text.slice(0, start) + OPEN + text.slice(start, end) + CLOSE + text.slice(end);
      const edited = edit(marked, scenario, r);
      const truthStart = edited.indexOf(OPEN);
      const truthEnd = edited.indexOf(CLOSE) - 1;
      const clean = edited.replace(OPEN, '').replace(CLOSE, '');
      const placed = anchor(clean, target);
      result.byScenario[scenario] ??= zero();
      const s = result.byScenario[scenario];
      s.total++;
      result.total++;
      let outcome: Outcome = 'missing';
      if (placed) {
        const overlap = Math.max(
          0,
          Math.min(placed.end, truthEnd) - Math.max(placed.start, truthStart),
        );
        const union = Math.max(placed.end, truthEnd) - Math.min(placed.start, truthStart);
        // Correct: the same passage, give or take an edge. Partial: on the passage but missing a
        // changed word at its edge. Wrong: mostly somewhere else.
        outcome =
          overlap / union >= 0.8
            ? 'correct'
            : overlap >= 0.5 * (truthEnd - truthStart)
              ? 'partial'
              : 'wrong';
      }
      s[outcome]++;
      result[outcome]++;
      if (outcome === 'wrong' && process.env.DEBUG_ANCHOR) {
        console.log(
          JSON.stringify({
            scenario,
            exact: target.quote.exact,
            truth: clean.slice(truthStart, truthEnd),
            placed: clean.slice(placed!.start, placed!.end),
          }),
        );
      }
    }
  });
}

// --- The edits that broke earlier versions ----------------------------------------------------

export type HardCase =
  | 'identical sentences at an insertion’s distance'
  | 'more than 50 copies of the quote'
  | 'two words changed in a 30–80 character quote'
  | 'two words changed in a 1,000–5,000 character quote';

const WORD_SWAPS = ['notably', 'reportedly', 'officials', 'analysts', 'several', 'industry'];

function swapTwoWords(passage: string, r: () => number): string {
  const words = [...passage.matchAll(/\p{L}{3,}/gu)];
  const chosen = new Set<number>();
  while (chosen.size < Math.min(2, words.length)) chosen.add(Math.floor(r() * words.length));
  let out = passage;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const w = words[i]!;
    const word = WORD_SWAPS.find((x) => x !== w[0] && r() < 0.5) ?? 'various';
    out = out.slice(0, w.index!) + word + out.slice(w.index! + w[0].length);
  }
  return out;
}

/** A passage of `min`–`max` characters on word boundaries, inside `text`. */
function pickPassage(text: string, r: () => number, min: number, max: number) {
  for (let tries = 0; tries < 200; tries++) {
    let start = Math.floor(r() * Math.max(1, text.length - max));
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    let end = start + min + Math.floor(r() * (max - min));
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const slice = text.slice(start, end);
    if (slice.trim() !== slice || slice.length < min) continue;
    if (max <= 400 && slice.includes(BLOCK_SEPARATOR)) continue;
    return { start, end };
  }
  throw new Error('no passage found');
}

/** Each hard case, `runs` times on the corpus text, with the outcome of every placement. */
export function measureHardCases(corpusDir: string, runs = 25) {
  const text = pageTexts(join(corpusDir, 'on-topic')).join(BLOCK_SEPARATOR);
  const result: Record<HardCase, Counts> = {
    'identical sentences at an insertion’s distance': zero(),
    'more than 50 copies of the quote': zero(),
    'two words changed in a 30–80 character quote': zero(),
    'two words changed in a 1,000–5,000 character quote': zero(),
  };
  const count = (kind: HardCase, placed: Placed, truth: { start: number; end: number }) => {
    const c = result[kind];
    c.total++;
    c[judge(placed, truth)]++;
  };
  const r = random(99);
  for (let run = 0; run < runs; run++) {
    // A sentence that appears twice; the second copy is saved; the page then gains a heading
    // exactly as long as the gap between the copies, so the first copy sits where the second was.
    {
      const s = pickPassage(text, r, 40, 120);
      const sentence = text.slice(s.start, s.end);
      const gapText = text.slice(s.end, s.end + 200 + Math.floor(r() * 800));
      const page = `${text.slice(0, s.end)}${gapText} ${sentence}${text.slice(s.end + gapText.length)}`;
      const second = s.end + gapText.length + 1;
      const target = describeRange(page, second, second + sentence.length);
      const heading = 'H'.repeat(second - s.start - 1) + BLOCK_SEPARATOR;
      const edited = heading + page;
      const truth = {
        start: second + heading.length,
        end: second + heading.length + sentence.length,
      };
      count('identical sentences at an insertion’s distance', anchor(edited, target), truth);
    }
    // The quote's word repeated 60 times before it; text added at the top.
    {
      const word = ['China', 'Nvidia', 'chips', 'export'][run % 4]!;
      const filler = `${word} said no. `.repeat(60 + (run % 7));
      const page = `${filler}Then ${word} agreed to talks on the rules.`;
      const at = page.lastIndexOf(word);
      const target = describeRange(page, at, at + word.length);
      const top = 'X'.repeat(1 + Math.floor(r() * 40));
      count('more than 50 copies of the quote', anchor(top + page, target), {
        start: at + top.length,
        end: at + top.length + word.length,
      });
    }
    for (const [kind, min, max] of [
      ['two words changed in a 30–80 character quote', 30, 80],
      ['two words changed in a 1,000–5,000 character quote', 1000, 5000],
    ] as const) {
      const p = pickPassage(text, r, min, max);
      const target = describeRange(text, p.start, p.end);
      const changed = swapTwoWords(text.slice(p.start, p.end), r);
      const inserted = `Update: a paragraph added by the site.${BLOCK_SEPARATOR}`;
      const cut = text.lastIndexOf(BLOCK_SEPARATOR, p.start) + 1;
      const edited =
        text.slice(0, cut) + inserted + text.slice(cut, p.start) + changed + text.slice(p.end);
      const start = p.start + inserted.length;
      count(kind, anchor(edited, target), { start, end: start + changed.length });
    }
  }
  return result;
}

type Placed = { start: number; end: number } | undefined;

function judge(placed: Placed, truth: { start: number; end: number }): Outcome {
  if (!placed) return 'missing';
  const overlap = Math.max(
    0,
    Math.min(placed.end, truth.end) - Math.max(placed.start, truth.start),
  );
  const union = Math.max(placed.end, truth.end) - Math.min(placed.start, truth.start);
  if (overlap / union >= 0.8) return 'correct';
  return overlap >= 0.5 * (truth.end - truth.start) ? 'partial' : 'wrong';
}
