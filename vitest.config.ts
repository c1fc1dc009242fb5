import { defineConfig, type Plugin } from 'vitest/config';
import { compileGlossaryForBuild, glossaryModuleData } from './scripts/lib/toolchain.mjs';

// Serves the build's virtual glossary modules to component tests, compiled from the real files.
function glossaryModules(): Plugin {
  let glossary: ReturnType<typeof compileGlossaryForBuild> | undefined;
  return {
    name: 'glossary',
    resolveId: (id) => (id.startsWith('virtual:glossary-') ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith('\0virtual:glossary-')) return undefined;
      glossary ??= compileGlossaryForBuild();
      const { compiled } = await glossary;
      return `export default ${JSON.stringify(glossaryModuleData(compiled, id))};`;
    },
  };
}

// Four projects: pure logic in Node, page and UI code against a DOM (jsdom), and end-to-end
// tests that drive the built extension in Chromium and in Firefox (one file at a time: two cores).
const endToEnd = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // The page settles on its own schedule (idle callbacks, a busy CI machine): wait for it.
  expect: { poll: { timeout: 8_000, interval: 100 } },
  fileParallelism: false,
} as const;
const firefoxTests = 'test/e2e/firefox*.test.ts';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [glossaryModules()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/dom/settle-effects.ts'],
          // Rendering the whole glossary in jsdom takes seconds on a busy two-core CI machine;
          // a timeout is not a speed test (npm run bench is).
          testTimeout: 30_000,
        },
        // Components run against an in-memory browser: no extension APIs in jsdom.
        resolve: { alias: { 'webextension-polyfill': '/test/dom/fake-browser.ts' } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [firefoxTests],
          ...endToEnd,
        },
      },
      {
        extends: true,
        test: { name: 'firefox', include: [firefoxTests], ...endToEnd },
      },
    ],
  },
});
