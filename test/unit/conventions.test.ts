// Guards the architecture in DESIGN.md: which folders may import which, one place for extension
// APIs, no network and no writes to the page's HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({
  path,
  name: relative(src, path),
  folder: relative(src, path).split('/')[0]!,
  text: readFileSync(path, 'utf8'),
}));

function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g))
    specs.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) specs.push(m[1]!);
  return specs;
}

/** Which of our folders each folder may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  glossary: [],
  core: ['glossary'],
  page: ['core', 'glossary'],
  platform: ['core', 'glossary'],
  content: ['core', 'page', 'platform', 'glossary'],
  background: ['core', 'page', 'platform', 'glossary'],
  popup: ['core', 'page', 'platform', 'glossary'],
  cli: ['core', 'page', 'glossary'],
};

describe('module boundaries', () => {
  it('knows every folder under src/', () => {
    const folders = new Set(files.filter((f) => f.name.includes('/')).map((f) => f.folder));
    expect([...folders].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const file of files.filter((f) => f.name.includes('/'))) {
    it(`${file.name} imports only what its folder may`, () => {
      const bad: string[] = [];
      for (const spec of importsOf(file.text)) {
        if (!spec.startsWith('.')) continue;
        // The extension's messages (_locales/) are read by platform/i18n.ts alone.
        if (file.name === 'platform/i18n.ts' && spec.endsWith('_locales/en/messages.json'))
          continue;
        const target = relative(src, resolve(dirname(file.path), spec)).split('/')[0]!;
        if (target !== file.folder && !ALLOWED[file.folder]!.includes(target)) bad.push(spec);
      }
      expect(bad).toEqual([]);
    });
  }

  it('core and glossary code (but the build-time compiler) touches no DOM or extension API', () => {
    const offenders = files
      .filter((f) => f.folder === 'core' || f.folder === 'glossary')
      .filter((f) => /\b(document|window|chrome|browser)\.\w/.test(f.text.replace(/\/\/.*$/gm, '')))
      .map((f) => f.name);
    expect(offenders).toEqual([]);
  });

  it('imports webextension-polyfill in exactly one place', () => {
    const importers = files.filter((f) => importsOf(f.text).includes('webextension-polyfill'));
    expect(importers.map((f) => f.name)).toEqual(['platform/browser.ts']);
  });
});

describe('promises to the reader', () => {
  it('makes no network requests', () => {
    // Reading the extension's own packaged files (a term's card) is allowed, nothing else.
    const offenders = files.filter((f) =>
      /\bfetch\s*\((?!browser\.runtime\.getURL\()|\b(XMLHttpRequest|WebSocket|sendBeacon)\s*\(/.test(
        f.text,
      ),
    );
    expect(offenders.map((f) => f.name)).toEqual([]);
  });

  it('never writes HTML from strings or splits the page’s text nodes', () => {
    const offenders = files.filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|surroundContents|splitText|\.normalize\(\)/.test(
        f.text,
      ),
    );
    expect(offenders.map((f) => f.name)).toEqual([]);
  });
});
