// What a page is about, from its matches: the terms in reading order with counts, and the
// trends those terms point to, ranked. The popup, the badge and the scan CLI all read this.
import type { MatcherIndex } from '../glossary/compiled';
import type { Kind, Side } from '../glossary/schema';
import type { Candidate } from './matcher';

export interface TermOnPage {
  id: string;
  title: string;
  kind: Kind;
  side: Side;
  count: number;
  /** Offsets of each mention, in text order. */
  mentions: { start: number; end: number }[];
}

export interface TrendOnPage {
  id: string;
  title: string;
  score: number;
  /** The page's terms that put this trend here, strongest first. */
  terms: string[];
}

export interface PageSummary {
  terms: TermOnPage[];
  trends: TrendOnPage[];
}

export function summarizeMatches(matches: readonly Candidate[], index: MatcherIndex): PageSummary {
  const byTerm = new Map<number, TermOnPage>();
  // "Nvidia H20" is one mark, on the H20's card: Nvidia is not listed for it (it has no mark of
  // its own to jump to), but the page does name Nvidia, which counts towards trends.
  const named = new Map<string, number>();
  for (const m of matches) {
    let entry = byTerm.get(m.term);
    if (!entry) {
      const t = index.terms[m.term]!;
      entry = { id: t.id, title: t.title, kind: t.kind, side: t.side, count: 0, mentions: [] };
      byTerm.set(m.term, entry);
    }
    entry.count++;
    entry.mentions.push({ start: m.start, end: m.end });
    const maker = index.surfaces[m.surface]!.also;
    if (maker !== undefined) {
      const id = index.terms[maker]!.id;
      named.set(id, (named.get(id) ?? 0) + 1);
    }
  }
  const terms = [...byTerm.values()];
  return { terms, trends: rankTrends(terms, index, named) };
}

/** Terms a page names, marked or inside a maker + product mark: what the corpus labels list. */
export function namedTerms(matches: readonly Candidate[], index: MatcherIndex): string[] {
  const ids = new Set<string>();
  for (const m of matches) {
    ids.add(index.terms[m.term]!.id);
    const maker = index.surfaces[m.surface]!.also;
    if (maker !== undefined) ids.add(index.terms[maker]!.id);
  }
  return [...ids];
}

/**
 * A trend is listed only when the page supports it: it names one of the trend's defining terms,
 * or at least two of its terms. Its score is the sum over its terms on the page of
 * 1 + ln(count) (breadth of evidence counts more than one word repeated), with defining terms
 * counting double, scaled by 4 / sqrt(the trend's size) so that a broad trend with many terms
 * doesn't win every page. Sorted by score, then title.
 */
export function rankTrends(
  terms: readonly TermOnPage[],
  index: MatcherIndex,
  alsoNamed: ReadonlyMap<string, number> = new Map(),
): TrendOnPage[] {
  const counts = new Map(alsoNamed);
  for (const t of terms) counts.set(t.id, (counts.get(t.id) ?? 0) + t.count);
  const ranked: TrendOnPage[] = [];
  for (const trend of index.trends) {
    const defining = new Set(trend.defining);
    const present = trend.terms
      .filter((id) => counts.has(id))
      .sort(
        (a, b) =>
          Number(defining.has(b)) - Number(defining.has(a)) || counts.get(b)! - counts.get(a)!,
      );
    const definedHere = present.some((id) => defining.has(id));
    if (present.length < 2 && !definedHere) continue;
    const evidence = present.reduce(
      (sum, id) => sum + (1 + Math.log(counts.get(id)!)) * (defining.has(id) ? 2 : 1),
      0,
    );
    const raw = (evidence * 4) / Math.sqrt(trend.terms.length);
    ranked.push({
      id: trend.id,
      title: trend.title,
      score: Math.round(raw * 100) / 100,
      terms: present,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
