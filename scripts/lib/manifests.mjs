// The manifest step of the build: one source manifest (manifest.json, written for Chrome) turned
// into what each browser accepts. Everything else in dist/chrome/ and dist/firefox/ is the same.

/** Add-on id on addons.mozilla.org; fixed, so storage and settings survive updates. */
export const FIREFOX_ADDON_ID = 'ai-race-lens@ai-race-lens';
/** Firefox 140 is the first with the CSS Custom Highlight API the marks are drawn with. */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android 142 is the first to read data_collection_permissions. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export const BROWSERS = ['chrome', 'firefox'];

/** The manifest for `browser` ('chrome' or 'firefox'), stamped with `version`. */
export function manifestFor(browser, source, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'chrome') return manifest;
  if (browser !== 'firefox') throw new Error(`unknown browser "${browser}"`);

  delete manifest.minimum_chrome_version;
  // Firefox runs the background as an event page: it refuses a service-worker-only background.
  const { service_worker: script, type } = manifest.background;
  manifest.background = { scripts: [script], ...(type ? { type } : {}) };
  // Firefox gives every install its own random extension origin already; the key is Chrome's.
  manifest.web_accessible_resources = manifest.web_accessible_resources?.map(
    ({ use_dynamic_url: _, ...rest }) => rest,
  );
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the browser: declared so Firefox can tell the reader before install.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learned that declaration in 142; older Android builds are not offered it.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
