// The full glossary for the popup's views, bundled at build time, plus its search index.
import cards from 'virtual:glossary-cards';
import { GlossarySearch } from '../core/search';
import type { Term, Trend } from '../glossary/schema';

export const terms: Record<string, Term> = cards.terms;
export const trends: Record<string, Trend> = cards.trends;

export const allTerms: Term[] = Object.values(terms).sort((a, b) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }),
);

let search: GlossarySearch | undefined;

/** Built on the first keystroke, so opening the popup doesn't pay for it. */
export function glossarySearch(): GlossarySearch {
  search ??= new GlossarySearch(
    allTerms.map((t) => ({
      id: t.id,
      title: t.title,
      forms: t.forms.map((f) => f.text),
      summary: t.summary,
    })),
  );
  return search;
}
