// The extension's own words in the reader's language, from _locales/ through the browser's i18n
// API (which follows the browser's language). English, bundled, fills in where the API has no
// answer: a message a locale lacks, or a test without a browser.
import en from '../../_locales/en/messages.json';
import type { HighlightColor } from '../core/highlights';
import { browser } from './browser';

export type MessageKey = keyof typeof en;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `$P1$`-style placeholders filled from `subs`, as the browser does. */
export function fillMessage(entry: Message, subs: readonly string[]): string {
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  });
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const i18n = (browser as { i18n?: { getMessage(k: string, s?: string[]): string } }).i18n;
  const localized = i18n?.getMessage(key, strings);
  return localized || fillMessage(en[key] as Message, strings);
}

/** Each highlight colour's name, as the reader's language says it. */
export const COLOUR_NAME: Record<HighlightColor, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
};

/** The browser's language, e.g. "zh-CN" ("en" when unknown). */
export function uiLanguage(): string {
  const i18n = (browser as { i18n?: { getUILanguage(): string } }).i18n;
  return i18n?.getUILanguage() || 'en';
}
