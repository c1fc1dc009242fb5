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
    .filter((f) => f.endsWith('.html'))
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
