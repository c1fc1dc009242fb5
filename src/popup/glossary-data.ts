// The full glossary for the popup's views, bundled at build time, plus its search index.
import cards from 'virtual:glossary-cards';
import { cardLanguage, type PageLanguage } from '../core/page-language';
import { GlossarySearch } from '../core/search';
import type { GlossaryMeta } from '../glossary/compiled';
import type { ChineseText, Term, Trend } from '../glossary/schema';
import { uiLanguage } from '../platform/i18n';

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

/** An entry's Chinese in the given script, if it has any and the language is Chinese. */
export function chineseOf(
  entry: { zh?: ChineseText; zhHant?: ChineseText } | undefined,
  language: PageLanguage,
): ChineseText | undefined {
  if (!entry || language === 'en') return undefined;
  return language === 'zh-Hant' ? (entry.zhHant ?? entry.zh) : entry.zh;
}

/** The language glossary cards speak in the popup: the reader's setting, else the browser's. */
export function popupLanguage(setting: 'auto' | 'en' | 'zh'): PageLanguage {
  const ui = uiLanguage();
  return cardLanguage(setting === 'auto' && ui.startsWith('zh') ? 'zh' : setting, 'en', ui);
}
