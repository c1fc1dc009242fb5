// Which language and script a page is written in, so cards can answer in it: the page's own
// lang attribute or, failing that, its text; the script from the terms it matched
// (實體清單 is traditional, 实体清单 simplified, 模型 either).
import type { MatcherIndex } from '../glossary/compiled';
import { isHan } from './chars';
import type { Candidate } from './matcher';

export type PageLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

/** Characters of the page's text sampled to tell Chinese from English. */
const SAMPLE = 4000;

const TRADITIONAL_LANG = /^zh-(tw|hk|mo|hant)\b/i;

export function pageLanguage(
  lang: string,
  text: string,
  matches: readonly Candidate[],
  index: MatcherIndex,
): PageLanguage {
  const declared = lang.trim().toLowerCase();
  // Many Chinese sites leave their templates' lang="en": the text has the last word.
  const chinese = declared.startsWith('zh') || mostlyHan(text);
  if (!chinese) return 'en';
  let hans = 0;
  let hant = 0;
  for (const m of matches) {
    const script = index.surfaces[m.surface]!.script;
    if (script === 'hans') hans++;
    else if (script === 'hant') hant++;
  }
  if (hans !== hant) return hant > hans ? 'zh-Hant' : 'zh-Hans';
  return TRADITIONAL_LANG.test(declared) ? 'zh-Hant' : 'zh-Hans';
}

/** More Han characters than Latin letters in the opening text. */
function mostlyHan(text: string): boolean {
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese sentence carries about as much as five or six English letters per character.
  return han * 4 > latin;
}

/**
 * The language a card speaks: the reader's setting, where "auto" follows the page. Asked for
 * Chinese on an English page, the script follows the browser's language (zh-TW, zh-HK: traditional).
 */
export function cardLanguage(
  setting: 'auto' | 'en' | 'zh',
  page: PageLanguage,
  browserLanguage: string,
): PageLanguage {
  if (setting === 'en') return 'en';
  if (setting === 'auto' || page !== 'en') return page;
  return TRADITIONAL_LANG.test(browserLanguage) ? 'zh-Hant' : 'zh-Hans';
}
