// What the popup's first view needs of the glossary, and no more: on a Chinese page, the Chinese
// titles of terms and trends (loaded on demand, about 60 KB); on any page, the language cards
// speak in. The full cards (glossary-data.ts) load only when a view that shows them opens.
import { cardLanguage, type PageLanguage } from '../core/page-language';
import type { BriefEntry, PopupBrief } from '../glossary/compiled';
import { uiLanguage } from '../platform/i18n';

let titles: PopupBrief | undefined;
let loading: Promise<PopupBrief> | undefined;

/** Loads the Chinese titles, once; a Chinese page's first view waits for them. */
export function loadChineseTitles(): Promise<PopupBrief> {
  loading ??= import('./chinese-titles').then((m) => {
    titles = m.default;
    return m.default;
  });
  return loading;
}

/** A term's Chinese titles, if they are loaded and it has any. */
export const briefTerm = (id: string): BriefEntry | undefined => titles?.terms[id];
/** A trend's Chinese titles, if they are loaded and it has any. */
export const briefTrend = (id: string): BriefEntry | undefined => titles?.trends[id];

/** An entry's Chinese in the given script, if it has any and the language is Chinese. */
export function chineseOf<T>(
  entry: { zh?: T; zhHant?: T } | undefined,
  language: PageLanguage,
): T | undefined {
  if (!entry || language === 'en') return undefined;
  return language === 'zh-Hant' ? (entry.zhHant ?? entry.zh) : entry.zh;
}

/** The language glossary cards speak in the popup: the reader's setting, else the browser's. */
export function popupLanguage(setting: 'auto' | 'en' | 'zh'): PageLanguage {
  const ui = uiLanguage();
  return cardLanguage(setting === 'auto' && ui.startsWith('zh') ? 'zh' : setting, 'en', ui);
}
