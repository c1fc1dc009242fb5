// The full glossary for the popup's card views, bundled at build time, plus its search index.
// Only the views that open a card import it (see card-views.ts): the first view never waits for it.
import cards from 'virtual:glossary-cards';
import { GlossarySearch } from '../core/search';
import type { GlossaryMeta } from '../glossary/compiled';
import type { Term, Trend } from '../glossary/schema';

export const terms: Record<string, Term> = cards.terms;
export const trends: Record<string, Trend> = cards.trends;
export const glossaryMeta: GlossaryMeta = cards.meta;

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
      // Chinese names find a term in either script (輝達, 英伟达, 實體清單).
      forms: [
        ...t.forms.map((f) => f.text),
        ...(t.zh ? [t.zh.title] : []),
        ...(t.zhHant ? [t.zhHant.title] : []),
      ],
      summary: t.summary,
    })),
  );
  return search;
}

export { chineseOf, popupLanguage } from './glossary-brief';
