// The popup's settings: each control sends exactly the change it stands for.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/platform/settings';
import { SettingsView } from '../../src/popup/settings-view';

afterEach(cleanup);

// The defaults, spelled out: the settings module itself needs the extension API.
const defaultSettings: Settings = {
  enabled: true,
  disabledSites: [],
  mentions: 'all',
  markStyle: 'underline',
  cardLanguage: 'auto',
};

function renderSettings(
  settings: Partial<Settings> = {},
  site: { hostname?: string } = { hostname: 'news.example' },
) {
  const change = vi.fn();
  render(
    <SettingsView
      settings={{ ...defaultSettings, ...settings }}
      hostname={site.hostname}
      change={change}
    />,
  );
  return change;
}

const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('the settings view', () => {
  it('shows the current settings', () => {
    renderSettings({ mentions: 'first', markStyle: 'tint' });
    expect(box('Annotate AI-race terms on pages').checked).toBe(true);
    expect(box('Off for news.example').checked).toBe(false);
    expect(radio('Every mention').checked).toBe(false);
    expect(radio('First mention of each term').checked).toBe(true);
    expect(radio('Tinted background').checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Mark' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Style' })).toBeTruthy();
  });

  it('says which version and glossary the reader has, and through when it is current', () => {
    renderSettings();
    const about = screen.getByRole('region', { name: 'About' });
    expect(about.textContent).toMatch(
      /AI Race Lens 1\.2\.3 · glossary of \d{3,} terms and \d+ trends, current to \w{3} 20\d\d/,
    );
  });

  it('turns annotations off and on', () => {
    const change = renderSettings();
    fireEvent.click(box('Annotate AI-race terms on pages'));
    expect(change).toHaveBeenLastCalledWith({ enabled: false });
    cleanup();
    const again = renderSettings({ enabled: false });
    fireEvent.click(box('Annotate AI-race terms on pages'));
    expect(again).toHaveBeenLastCalledWith({ enabled: true });
  });

  it('switches this site off, keeping the other sites, and back on', () => {
    const change = renderSettings({ disabledSites: ['other.example'] });
    fireEvent.click(box('Off for news.example'));
    expect(change).toHaveBeenLastCalledWith({
      disabledSites: ['other.example', 'news.example'],
    });
    cleanup();
    const again = renderSettings({ disabledSites: ['other.example', 'news.example'] });
    expect(box('Off for news.example').checked).toBe(true);
    fireEvent.click(box('Off for news.example'));
    expect(again).toHaveBeenLastCalledWith({ disabledSites: ['other.example'] });
  });

  it('has no per-site switch when the page has no site', () => {
    renderSettings({}, {});
    expect(screen.queryByRole('checkbox', { name: /Off for/ })).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });

  it('chooses which mentions to mark and how', () => {
    const change = renderSettings();
    fireEvent.click(radio('First mention of each term'));
    expect(change).toHaveBeenLastCalledWith({ mentions: 'first' });
    fireEvent.click(radio('Tinted background'));
    expect(change).toHaveBeenLastCalledWith({ markStyle: 'tint' });
    cleanup();
    const again = renderSettings({ mentions: 'first', markStyle: 'tint' });
    fireEvent.click(radio('Every mention'));
    expect(again).toHaveBeenLastCalledWith({ mentions: 'all' });
    fireEvent.click(radio('Dotted underline'));
    expect(again).toHaveBeenLastCalledWith({ markStyle: 'underline' });
  });

  it('chooses the language cards speak', () => {
    const change = renderSettings();
    expect(radio('The page’s language').checked).toBe(true);
    fireEvent.click(radio('中文'));
    expect(change).toHaveBeenLastCalledWith({ cardLanguage: 'zh' });
    fireEvent.click(radio('English'));
    expect(change).toHaveBeenLastCalledWith({ cardLanguage: 'en' });
  });
});
