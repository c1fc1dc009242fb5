// The popup in Chinese: its own words follow the browser's language, Chinese names find terms
// in either script, and a Chinese page's terms are listed by their Chinese names.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/platform/messages';
import { loadChineseTitles } from '../../src/popup/glossary-brief';
import { GlossaryView } from '../../src/popup/glossary-view';
import { PageView } from '../../src/popup/page-view';
import { TermView } from '../../src/popup/term-view';
import { setFakeUiLocale } from './fake-browser';

// main.tsx awaits these before a Chinese page's first view renders.
beforeAll(() => loadChineseTitles());
afterEach(() => {
  cleanup();
  setFakeUiLocale('en');
});

const titles = () =>
  within(screen.getByRole('list'))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.row-title')!.textContent);

describe('the popup for Chinese readers', () => {
  it('finds a term by its Chinese name in simplified or traditional script', () => {
    render(<GlossaryView query="英伟达" open={vi.fn()} />);
    expect(titles()[0]).toBe('Nvidia');
    cleanup();
    render(<GlossaryView query="輝達" open={vi.fn()} />);
    expect(titles()[0]).toBe('Nvidia');
    cleanup();
    render(<GlossaryView query="台積電" open={vi.fn()} />);
    expect(titles()[0]).toBe('TSMC');
  });

  it('speaks Chinese when the browser does', () => {
    setFakeUiLocale('zh_CN');
    render(<GlossaryView query="" open={vi.fn()} />);
    expect(screen.getByRole('list', { name: '词汇表搜索结果' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ 个术语$/);
    cleanup();
    setFakeUiLocale('zh_TW');
    render(<GlossaryView query="zzzzzz" open={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe(
      '沒有符合的術語。試試少輸入幾個字或換一種寫法。',
    );
  });

  it('lists a Chinese page’s terms by their Chinese names, English beside', () => {
    const report: PageReport = {
      status: 'ok',
      url: 'https://news.example/a',
      title: '英伟达',
      language: 'zh-Hant',
      summary: {
        terms: [
          {
            id: 'nvidia',
            title: 'Nvidia',
            kind: 'company',
            side: 'us',
            count: 2,
            mentions: [],
          },
        ],
        trends: [],
      },
      highlights: { placed: [], missing: [] },
    };
    render(<PageView report={report} open={vi.fn()} jump={vi.fn()} />);
    const [row] = screen.getAllByRole('button', { name: /Nvidia/ });
    expect(row!.querySelector('.row-title')!.textContent).toBe('輝達 · Nvidia');
  });

  it('shows a term card with its Chinese name and summary first', () => {
    render(
      <TermView id="nvidia" language="zh-Hans" onPage={false} open={vi.fn()} jump={vi.fn()} />,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('英伟达 · Nvidia');
    const summaries = [...document.querySelectorAll('.summary')].map((p) => p.getAttribute('lang'));
    expect(summaries).toEqual(['zh-Hans', null]);
  });
});
