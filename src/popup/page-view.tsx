// "This page": the article's terms in reading order with counts, and the trends it touches.
import { useState } from 'preact/hooks';
import type { PageReport, PopupRoute } from '../platform/messages';
import { Badges, Hidden, NavList, Section } from './components';
import { routeKey } from './router';

export type ReportState = PageReport | 'loading' | 'unavailable';

const STATUS_TEXT: Record<Exclude<PageReport['status'], 'ok'>, string> = {
  disabled: 'Annotations are switched off. Turn them on in Settings.',
  'site-disabled': 'Annotations are off for this site. Turn them back on in Settings.',
  'not-relevant': 'No AI-race terms on this page.',
};

const TOP_TRENDS = 5;
const VIA_SHOWN = 4;

/** "via A, B, C, D and 3 more": which of the page's terms put a trend here. */
function viaTerms(titles: string[]): string {
  const head = titles.slice(0, VIA_SHOWN).join(', ');
  const rest = titles.length - VIA_SHOWN;
  return `via ${head}${rest > 0 ? ` and ${rest} more` : ''}`;
}

const mentions = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;

export function PageView(props: {
  report: ReportState;
  open: (route: PopupRoute) => void;
  jump: (termId: string) => void;
}) {
  const { report } = props;
  const [showAllTrends, setShowAllTrends] = useState(false);
  if (report === 'loading') {
    return (
      <p class="note" role="status">
        Reading this page…
      </p>
    );
  }
  if (report === 'unavailable') {
    return (
      <p class="note" role="status">
        AI Race Lens can’t read this page (browser pages, the Chrome Web Store and PDFs are off
        limits to extensions). The glossary still works: search it above.
      </p>
    );
  }
  if (report.status !== 'ok' || report.summary.terms.length === 0) {
    const off = report.status === 'disabled' || report.status === 'site-disabled';
    return (
      <>
        <p class="note" role="status">
          {report.status === 'ok' ? STATUS_TEXT['not-relevant'] : STATUS_TEXT[report.status]}
        </p>
        {off && (
          <button
            type="button"
            class="more"
            data-route="settings"
            onClick={() => props.open({ view: 'settings' })}
          >
            Open Settings
          </button>
        )}
      </>
    );
  }
  const { terms, trends } = report.summary;
  const shownTrends = showAllTrends ? trends : trends.slice(0, TOP_TRENDS);
  return (
    <>
      {trends.length > 0 && (
        <Section title="Trends this article touches">
          <NavList label="Trends on this page">
            {shownTrends.map((t) => (
              <li key={t.id} class="row">
                <button
                  type="button"
                  data-nav-item
                  data-route={routeKey({ view: 'trend', id: t.id })}
                  class="row-main stacked"
                  onClick={() => props.open({ view: 'trend', id: t.id })}
                >
                  <span class="row-title">{t.title}</span>
                  <span class="why-here">
                    {viaTerms(t.terms.map((id) => terms.find((x) => x.id === id)?.title ?? id))}
                  </span>
                </button>
              </li>
            ))}
          </NavList>
          {trends.length > TOP_TRENDS && (
            <button
              type="button"
              class="more"
              aria-expanded={showAllTrends}
              onClick={() => setShowAllTrends(!showAllTrends)}
            >
              {showAllTrends ? 'Show fewer trends' : `Show all ${trends.length} trends`}
            </button>
          )}
        </Section>
      )}
      <Section title={`Terms on this page (${terms.length})`}>
        <NavList label="Terms on this page">
          {terms.map((t) => (
            <li key={t.id} class="row">
              <button
                type="button"
                data-nav-item
                data-route={routeKey({ view: 'term', id: t.id })}
                class="row-main"
                onClick={() => props.open({ view: 'term', id: t.id })}
              >
                <span class="row-title">{t.title}</span>
                <Badges kind={t.kind} side={t.side} />
                <span class="count" title={mentions(t.count)}>
                  <span aria-hidden="true">×{t.count}</span>
                  <Hidden>, {mentions(t.count)}</Hidden>
                </span>
              </button>
              <button
                type="button"
                class="jump"
                aria-label={`Jump to ${t.title} in the page`}
                onClick={() => props.jump(t.id)}
              >
                Jump to
              </button>
            </li>
          ))}
        </NavList>
      </Section>
    </>
  );
}
