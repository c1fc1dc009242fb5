// The extension's own words exist in every language it ships, with the same placeholders, and
// the manifest names only messages that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8'));
const en = load('en');
const placeholders = (m: Messages[string]) => m.message.match(/\$\w+\$/g)?.sort() ?? [];

describe('locales', () => {
  for (const locale of ['zh_CN', 'zh_TW']) {
    it(`${locale} has every English message, with the same placeholders`, () => {
      const messages = load(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, m] of Object.entries(en)) {
        expect(placeholders(messages[key]!), key).toEqual(placeholders(m));
        expect(messages[key]!.placeholders, key).toEqual(m.placeholders);
      }
    });
  }

  it('writes zh_CN in simplified and zh_TW in traditional script', () => {
    expect(load('zh_CN').tabSettings!.message).toBe('设置');
    expect(load('zh_TW').tabSettings!.message).toBe('設定');
  });

  it('has a message for every __MSG_…__ name in the manifest, and a default locale', () => {
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest).default_locale).toBe('en');
    for (const [, name] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en).toHaveProperty(name!);
  });
});
