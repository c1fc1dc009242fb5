// A term's hover card with what it links to resolved (titles of related terms and trends), so a
// card is one self-contained file the service worker reads on request instead of parsing the
// whole glossary on every wake. The build writes one per term.
import type { CardData } from './compiled';
import type { Term, Trend } from './schema';

/** A related term or trend on a card, with its Chinese titles for cards on Chinese pages. */
export interface CardLink {
  id: string;
  title: string;
  zh?: string;
  zhHant?: string;
}

export interface ResolvedCard {
  term: Term;
  related: CardLink[];
  trends: CardLink[];
}

function linkTo(entry: Term | Trend): CardLink {
  return {
    id: entry.id,
    title: entry.title,
    ...(entry.zh ? { zh: entry.zh.title, zhHant: entry.zhHant?.title ?? entry.zh.title } : {}),
  };
}

export function resolveCard(cards: CardData, termId: string): ResolvedCard | null {
  const term = Object.hasOwn(cards.terms, termId) ? cards.terms[termId] : undefined;
  if (!term) return null;
  return {
    term,
    related: term.related
      .map((id) => cards.terms[id])
      .filter((t) => t !== undefined)
      .map(linkTo),
    trends: term.trends
      .map((id) => cards.trends[id])
      .filter((t) => t !== undefined)
      .map(linkTo),
  };
}

/** Where a term's card file lives in the built extension. */
export function cardPath(termId: string): string {
  return `cards/${termId}.json`;
}
