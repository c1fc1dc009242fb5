// Traditional script from simplified, at build time: the glossary's Chinese is written once, in
// simplified characters, and OpenCC derives what Hong Kong and Taiwan pages print. Taiwan words
// that differ beyond the script (輝達 for 英伟达, 晶片 for 芯片) come from OpenCC's Taiwan
// phrases, and an author can add others as forms of their own.
import * as OpenCC from 'opencc-js';
import type { ChineseText } from './schema';

const HAN = /\p{Script=Han}/u;

type Convert = (text: string) => string;
let converters: { variants: Convert[]; display: Convert; toSimplified: Convert } | undefined;

function get() {
  converters ??= {
    variants: (['t', 'tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to })),
    display: OpenCC.Converter({ from: 'cn', to: 'twp' }),
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
  };
  return converters;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The traditional spellings of a simplified form (standard, Taiwan, Taiwan phrases, Hong Kong), new ones only. */
export function traditionalVariants(text: string): string[] {
  if (!hasHan(text)) return [];
  const out = new Set(get().variants.map((convert) => convert(text)));
  out.delete(text);
  return [...out];
}

/** Which script a Han surface belongs to, when it tells the two apart (模型 does not). */
export function scriptOf(text: string): 'hans' | 'hant' | undefined {
  if (!hasHan(text)) return undefined;
  if (get().toSimplified(text) !== text) return 'hant';
  if (get().variants[0]!(text) !== text) return 'hans';
  return undefined;
}

/** The title and summary in traditional script, with Taiwan's words, for cards on such pages. */
export function toTraditional(zh: ChineseText): ChineseText {
  const { display } = get();
  return { title: display(zh.title), summary: display(zh.summary) };
}
