// How the scripts pick a browser: the environment variable if set (and real), else a usual
// install path; branded Google Chrome is recognised, since it no longer loads unpacked extensions.
import { afterEach, describe, expect, it } from 'vitest';
import {
  BRANDED_CHROME_MESSAGE,
  findChrome,
  findFirefox,
  isBrandedChrome,
} from '../../scripts/lib/toolchain.mjs';

const saved = { CHROME_PATH: process.env.CHROME_PATH, FIREFOX_PATH: process.env.FIREFOX_PATH };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('finding a browser', () => {
  it('refuses a CHROME_PATH or FIREFOX_PATH that points at nothing, in one sentence', async () => {
    process.env.CHROME_PATH = '/no/such/chromium';
    await expect(findChrome()).rejects.toThrow(
      'CHROME_PATH is set to /no/such/chromium, which does not exist; fix or unset it.',
    );
    process.env.FIREFOX_PATH = '/no/such/firefox';
    await expect(findFirefox()).rejects.toThrow(/^FIREFOX_PATH is set to \/no\/such\/firefox/);
  });

  it('uses the path it is given when it exists', async () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(await findFirefox()).toBe(process.execPath);
  });

  it('tells branded Google Chrome from Chromium and Chrome for Testing', () => {
    expect(isBrandedChrome('/usr/bin/google-chrome')).toBe(true);
    expect(isBrandedChrome('/usr/bin/google-chrome-stable')).toBe(true);
    expect(isBrandedChrome('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe(
      true,
    );
    expect(isBrandedChrome('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe(
      true,
    );
    expect(isBrandedChrome('/usr/bin/chromium')).toBe(false);
    expect(
      isBrandedChrome(
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ),
    ).toBe(false);
    expect(isBrandedChrome('/home/me/.cache/chrome/linux-131.0/chrome-linux64/chrome')).toBe(false);
    expect(BRANDED_CHROME_MESSAGE.split('. ')).toHaveLength(1);
  });
});
