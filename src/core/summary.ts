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
  for (const m of matches) {
    let entry = byTerm.get(m.term);
    if (!entry) {
      const t = index.terms[m.term]!;
      entry = { id: t.id, title: t.title, kind: t.kind, side: t.side, count: 0, mentions: [] };
      byTerm.set(m.term, entry);
    }
    entry.count++;
    entry.mentions.push({ start: m.start, end: m.end });
  }
  const terms = [...byTerm.values()];
  return { terms, trends: rankTrends(terms, index) };
}

/**
 * A trend scores the sum over its terms on the page of 1 + ln(count) (breadth of evidence counts
 * more than one word repeated), scaled by 4 / sqrt(its size) so that a broad trend with many
 * terms doesn't win every page. Trends backed by a single term rank below any with two.
 */
export function rankTrends(terms: readonly TermOnPage[], index: MatcherIndex): TrendOnPage[] {
  const counts = new Map(terms.map((t) => [t.id, t.count]));
  const ranked: TrendOnPage[] = [];
  for (const trend of index.trends) {
    const present = trend.terms
      .filter((id) => counts.has(id))
      .sort((a, b) => counts.get(b)! - counts.get(a)!);
    if (present.length === 0) continue;
    const evidence = present.reduce((sum, id) => sum + 1 + Math.log(counts.get(id)!), 0);
    const raw = (evidence * 4) / Math.sqrt(trend.terms.length);
    ranked.push({
      id: trend.id,
      title: trend.title,
      score: Math.round(raw * 100) / 100,
      terms: present,
    });
  }
  return ranked.sort(
    (a, b) =>
      Number(b.terms.length > 1) - Number(a.terms.length > 1) ||
      b.score - a.score ||
      a.title.localeCompare(b.title),
  );
}
