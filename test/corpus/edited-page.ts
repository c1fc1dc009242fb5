// The hardest everyday case for saved highlights: a 100,000-character page (the on-topic corpus
// articles, one after another) on which 500 passages were saved, then the site changed two
// words inside every passage and inserted new paragraphs. Each passage is tracked through the
// edits, so the right answer is known exactly. Any re-anchoring function can be measured on it;
// the same run measures ours and the reference (Hypothesis's matchQuote) on the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describeRange, type TextTarget } from '../../src/core/anchoring';
import { BLOCK_SEPARATOR } from '../../src/core/chars';
import { collectText } from '../../src/page/collect';

export const PAGE_CHARS = 100_000;
export const PASSAGES = 500;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REPLACEMENTS = ['notably', 'reportedly', 'officials', 'analysts', 'several', 'industry'];
const NEW_BLOCKS = [
  'Update: this article was revised to add comment from the company.',
  'Advertisement: subscribe today for unlimited access to our reporting.',
  'Read more: the week in chips, policy and models, in one newsletter.',
  'Correction: an earlier version misstated the date of the announcement.',
];

export interface EditedCase {
  target: TextTarget;
  /** Where the passage is in the edited text (UTF-16). */
  truth: { start: number; end: number };
}

export interface EditedPage {
  original: string;
  edited: string;
  cases: EditedCase[];
}

/**
 * The pages the highlight benchmarks are built from: the English corpus as it stood when their
 * figures in the README were measured. Pinned, so that adding pages to the labeled corpus does not
 * silently change these benchmarks' text, and their figures stay comparable from run to run.
 */
export const BENCHMARK_PAGES = new Set([
  'ai-action-plan-policy-brief.html',
  'big-fund-iii-by-the-numbers.html',
  'china-gallium-germanium-rare-earth-controls.html',
  'china-token-price-war.html',
  'chip-smuggling-diversion-routes.html',
  'data-centres-power-east-west.html',
  'deepseek-v3-cost-figure-analysis.html',
  'explainer-training-vs-inference.html',
  'hbm-memory-bottleneck-china.html',
  'how-smic-makes-7nm-without-euv.html',
  'how-us-chip-export-rules-work.html',
  'huawei-ascend-roadmap-eric-xu.html',
  'interview-ai-plus-and-talent.html',
  'live-nvidia-deepseek-selloff.html',
  'newsletter-kimi-k2-open-weight-week.html',
  'nvidia-earnings-h20-charge.html',
  'stargate-500-billion-explained.html',
  'trump-h200-china-approval.html',
  'tsmc-asml-chokepoints.html',
  'us-license-requirement-nvidia-h20.html',
  'amazon-river-rainforest.html',
  'apple-orchard-harvest-pie.html',
  'arcade-tokens-retro-night.html',
  'casino-night-poker-chips.html',
  'climbers-ascend-peak.html',
  'delphi-oracle-travel.html',
  'gemini-weekly-horoscope.html',
  'grace-hopper-biography.html',
  'gym-weight-training-beginners.html',
  'heatwave-power-demand.html',
  'llama-alpaca-farm-open-day.html',
  'marathon-training-plan.html',
  'mistral-wind-provence.html',
  'monet-exhibition-review.html',
  'polling-inference-explainer.html',
  'potato-chip-taste-test.html',
  'printmaking-lithography-workshop.html',
  'spy-novel-review-agents.html',
  'stargate-film-review.html',
  'subway-token-history.html',
  'whisky-distillation-guide.html',
]);

/** The benchmark pages' text (on-topic, then off-topic), joined, cut to `chars`. */
export function corpusText(corpusDir: string, chars = PAGE_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  for (const sub of ['on-topic', 'off-topic']) {
    const dir = join(corpusDir, sub);
    for (const f of readdirSync(dir)
      .filter((n) => BENCHMARK_PAGES.has(n))
      .sort()) {
      if (length >= chars) break;
      const doc = new JSDOM(readFileSync(join(dir, f), 'utf8')).window.document;
      const text = collectText(doc.body).text;
      parts.push(text);
      length += text.length + 1;
    }
  }
  const text = parts.join(BLOCK_SEPARATOR);
  const cut = text.lastIndexOf(BLOCK_SEPARATOR, chars);
  return text.slice(0, cut > 0 ? cut : chars);
}

/** A passage length: mostly short (30–80), some medium (80–300), a few long (300–1,000). */
function passageLength(r: () => number): number {
  const x = r();
  if (x < 0.6) return 30 + Math.floor(r() * 50);
  if (x < 0.9) return 80 + Math.floor(r() * 220);
  return 300 + Math.floor(r() * 700);
}

/** Passages on word boundaries, inside one block, not overlapping, in text order. */
function choosePassages(text: string, r: () => number, count: number) {
  const taken: { start: number; end: number }[] = [];
  let tries = 0;
  while (taken.length < count && tries++ < count * 50) {
    let start = Math.floor(r() * text.length);
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    let end = start + passageLength(r);
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const slice = text.slice(start, end);
    if (end > text.length || slice.includes(BLOCK_SEPARATOR) || slice.trim().length < 20) continue;
    if (taken.some((t) => start < t.end + 1 && end > t.start - 1)) continue;
    taken.push({ start, end: end - (slice.length - slice.trimEnd().length) });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Two words of 3+ letters inside the passage replaced by other words. */
function changeTwoWords(passage: string, r: () => number): string {
  const words = [...passage.matchAll(/\p{L}{3,}/gu)];
  if (words.length === 0) return passage;
  const chosen = new Set<number>();
  while (chosen.size < Math.min(2, words.length)) chosen.add(Math.floor(r() * words.length));
  let out = passage;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const w = words[i]!;
    let word = REPLACEMENTS[Math.floor(r() * REPLACEMENTS.length)]!;
    if (word === w[0]) word = `${word}s`;
    out = out.slice(0, w.index!) + word + out.slice(w.index! + w[0].length);
  }
  return out;
}

export function buildEditedPage(corpusDir: string, seed = 42): EditedPage {
  const r = random(seed);
  const original = corpusText(corpusDir);
  const passages = choosePassages(original, r, PASSAGES);
  const cases: EditedCase[] = [];
  let edited = '';
  let at = 0;
  const copyUpTo = (end: number) => {
    // New paragraphs appear at block boundaries between passages, about one in ten.
    let from = at;
    for (let b = original.indexOf(BLOCK_SEPARATOR, at); b >= 0 && b < end; ) {
      edited += original.slice(from, b + 1);
      if (r() < 0.1) edited += NEW_BLOCKS[Math.floor(r() * NEW_BLOCKS.length)] + BLOCK_SEPARATOR;
      from = b + 1;
      b = original.indexOf(BLOCK_SEPARATOR, from);
    }
    edited += original.slice(from, end);
    at = end;
  };
  for (const p of passages) {
    copyUpTo(p.start);
    const changed = changeTwoWords(original.slice(p.start, p.end), r);
    cases.push({
      target: describeRange(original, p.start, p.end),
      truth: { start: edited.length, end: edited.length + changed.length },
    });
    edited += changed;
    at = p.end;
  }
  copyUpTo(original.length);
  return { original, edited, cases };
}

export type Outcome = 'correct' | 'partial' | 'wrong' | 'missing';

/** Correct: the same passage give or take an edge; wrong: mostly somewhere else. */
export function judge(
  placed: { start: number; end: number } | undefined | null,
  truth: { start: number; end: number },
): Outcome {
  if (!placed) return 'missing';
  const overlap = Math.max(
    0,
    Math.min(placed.end, truth.end) - Math.max(placed.start, truth.start),
  );
  const union = Math.max(placed.end, truth.end) - Math.min(placed.start, truth.start);
  if (overlap / union >= 0.8) return 'correct';
  return overlap >= 0.5 * (truth.end - truth.start) ? 'partial' : 'wrong';
}

export interface Measured {
  correct: number;
  partial: number;
  wrong: number;
  missing: number;
  ms: number;
}

/** Runs `place` on every case of the edited page and counts outcomes (and time taken). */
export function measureOn(
  page: EditedPage,
  place: (text: string, target: TextTarget) => { start: number; end: number } | undefined | null,
): Measured {
  const out: Measured = { correct: 0, partial: 0, wrong: 0, missing: 0, ms: 0 };
  const started = performance.now();
  for (const c of page.cases) out[judge(place(page.edited, c.target), c.truth)]++;
  out.ms = performance.now() - started;
  return out;
}
