// The manifest step: one source manifest, each browser given only what it accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/manifests.mjs';

const root = join(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

/** Every key path in a JSON value, such as "background.service_worker". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = Array.isArray(value) ? prefix : prefix ? `${prefix}.${k}` : k;
    return Array.isArray(value) ? keyPaths(v, path) : [path, ...keyPaths(v, path)];
  });
}

describe('the Firefox manifest', () => {
  const firefox = manifestFor('firefox', source, '1.2.3');

  it('runs the background as a script, which Firefox requires', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
  });

  it('names the add-on, its minimum Firefox and that it collects no data', () => {
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'ai-race-lens@ai-race-lens',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('carries nothing only Chrome understands', () => {
    const paths = keyPaths(firefox);
    for (const chromeOnly of ['minimum_chrome_version', 'service_worker', 'use_dynamic_url']) {
      expect(paths.filter((p) => p.endsWith(chromeOnly))).toEqual([]);
    }
  });

  it('keeps everything else as the source has it', () => {
    for (const key of ['name', 'permissions', 'content_scripts', 'action', 'commands', 'icons']) {
      expect(firefox[key]).toEqual(source[key]);
    }
    expect(firefox.version).toBe('1.2.3');
  });
});

describe('the Chrome manifest', () => {
  it('is the source manifest with the package version', () => {
    expect(manifestFor('chrome', source, '1.2.3')).toEqual({ ...source, version: '1.2.3' });
  });

  it('does not change the source it was given', () => {
    const before = structuredClone(source);
    manifestFor('firefox', source, '1.2.3');
    expect(source).toEqual(before);
  });
});
