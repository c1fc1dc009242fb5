// The shapes the build emits from the glossary. The matcher index is small and ships in the
// content script; the cards (full entries) ship in the service worker and the popup only.
import type { Ambiguity, Kind, Side, Term, Trend } from './schema';

/** One surface string the matcher looks for, already expanded (plurals, inflections). */
export interface Surface {
  /** The text as written in the glossary, used for exact-case checks and reports. */
  text: string;
  /** Index into `MatcherIndex.terms`. */
  term: number;
  exact: boolean;
  /** Index into `MatcherIndex.rules` when the surface is ambiguous. */
  rule?: number;
  /** Set on Han surfaces written differently in the two scripts: a page's script shows in them. */
  script?: 'hans' | 'hant';
  /** For a maker + product compound ("Nvidia H20"): the maker's term, which the page names too. */
  also?: number;
}

/** What the page needs to know about a term without its card. */
export interface TermBrief {
  id: string;
  title: string;
  kind: Kind;
  side: Side;
  /** The Chinese name in simplified and traditional script, when the entry has one. */
  zh?: { hans: string; hant: string };
}

export interface TrendBrief {
  id: string;
  title: string;
  terms: string[];
  /** Terms that put the trend in play on their own (see `Trend.defining`). */
  defining: string[];
}

/** A topic word (see signals.json): evidence for relevance, never a mark. */
export interface Signal {
  text: string;
  exact: boolean;
  /** Index into `MatcherIndex.signalGroups`. */
  group: number;
}

export interface MatcherIndex {
  surfaces: Surface[];
  terms: TermBrief[];
  trends: TrendBrief[];
  rules: Ambiguity[];
  signals: Signal[];
  signalGroups: string[];
}

export interface GlossaryMeta {
  terms: number;
  trends: number;
  /** The newest `asOf` of any entry: through when this release's glossary was checked. */
  asOf: string;
  /** The oldest `asOf`, so the About section can be honest about the spread. */
  oldestAsOf: string;
}

export interface CardData {
  terms: Record<string, Term>;
  trends: Record<string, Trend>;
  meta: GlossaryMeta;
}

/** A term's or trend's Chinese titles, all the popup's first view needs of its card. */
export interface BriefEntry {
  zh?: { title: string };
  zhHant?: { title: string };
}

/** The popup's first view's slice of the glossary (entries without Chinese are left out). */
export interface PopupBrief {
  terms: Record<string, BriefEntry>;
  trends: Record<string, BriefEntry>;
}

export interface CompiledGlossary {
  index: MatcherIndex;
  cards: CardData;
}
