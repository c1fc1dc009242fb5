// "This page": the article's terms in reading order with counts, and the trends it touches.
// The popup's first view: it reads only the page report and, on a Chinese page, the Chinese
// titles (loadChineseTitles, awaited before it renders), never the full cards.
import { useState } from 'preact/hooks';
import type { PageLanguage } from '../core/page-language';
import { t, uiLanguage } from '../platform/i18n';
import type { PageReport, PopupRoute } from '../platform/messages';
import { Badges, Hidden, NavList, Section } from './components';
import { briefTerm, briefTrend, chineseOf } from './glossary-brief';
import { routeKey } from './router';

export type ReportState = PageReport | 'loading' | 'unavailable';

const STATUS_TEXT: Record<Exclude<PageReport['status'], 'ok'>, string> = {
  disabled: t('statusDisabled'),
  'site-disabled': t('statusSiteDisabled'),
  'not-relevant': t('statusNotRelevant'),
};

const TOP_TRENDS = 5;
const VIA_SHOWN = 4;

/** "via A, B, C, D and 3 more": which of the page's terms put a trend here. */
function viaTerms(titles: string[]): string {
  const head = titles.slice(0, VIA_SHOWN).join(uiLanguage().startsWith('zh') ? '、' : ', ');
  const rest = titles.length - VIA_SHOWN;
  return rest > 0 ? t('viaMore', head, rest) : t('via', head);
}

const mentions = (n: number) => (n === 1 ? t('mentionOne') : t('mentionMany', n));

/** On a Chinese page, a term's Chinese name first, its English one beside it. */
function TermTitle(props: { id: string; title: string; language: PageLanguage | undefined }) {
  const zh = chineseOf(briefTerm(props.id), props.language ?? 'en');
  if (!zh) return <span class="row-title">{props.title}</span>;
  return (
    <span class="row-title">
      <span lang={props.language}>{zh.title}</span>
      <span class="alt-title" lang="en">
        {' · '}
        {props.title}
      </span>
    </span>
  );
}

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
        {t('readingPage')}
      </p>
    );
  }
  if (report === 'unavailable') {
    return (
      <p class="note" role="status">
        {t('pageUnavailable')}
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
        {report.relevance && <WhyThisPage relevance={report.relevance} />}
        {off && (
          <button
            type="button"
            class="more"
            data-route="settings"
            onClick={() => props.open({ view: 'settings' })}
          >
            {t('openSettings')}
          </button>
        )}
      </>
    );
  }
  const { terms, trends } = report.summary;
  const language = report.language ?? 'en';
  const shownTrends = showAllTrends ? trends : trends.slice(0, TOP_TRENDS);
  return (
    <>
      {trends.length > 0 && (
        <Section title={t('trendsTouched')}>
          <NavList label={t('trendsOnPage')}>
            {shownTrends.map((item) => (
              <li key={item.id} class="row">
                <button
                  type="button"
                  data-nav-item
                  data-route={routeKey({ view: 'trend', id: item.id })}
                  class="row-main stacked"
                  onClick={() => props.open({ view: 'trend', id: item.id })}
                >
                  <span class="row-title">
                    {chineseOf(briefTrend(item.id), language)?.title ?? item.title}
                  </span>
                  <span class="why-here">
                    {viaTerms(
                      item.terms.map(
                        (id) =>
                          chineseOf(briefTerm(id), language)?.title ??
                          terms.find((x) => x.id === id)?.title ??
                          id,
                      ),
                    )}
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
              {showAllTrends ? t('showFewerTrends') : t('showAllTrends', trends.length)}
            </button>
          )}
        </Section>
      )}
      {report.marksCapped !== undefined && (
        <p class="note" role="status">
          {t('marksCapped', report.marksCapped.toLocaleString())}
        </p>
      )}
      <Section title={t('termsOnPageCount', terms.length)}>
        <NavList label={t('termsOnPage')}>
          {terms.map((item) => (
            <li key={item.id} class="row">
              <button
                type="button"
                data-nav-item
                data-route={routeKey({ view: 'term', id: item.id })}
                class="row-main"
                onClick={() => props.open({ view: 'term', id: item.id })}
              >
                <TermTitle id={item.id} title={item.title} language={report.language} />
                <Badges kind={item.kind} side={item.side} />
                <span class="count" title={mentions(item.count)}>
                  <span aria-hidden="true">×{item.count}</span>
                  <Hidden>, {mentions(item.count)}</Hidden>
                </span>
              </button>
              <button
                type="button"
                class="jump"
                aria-label={t('jumpToLabel', item.title)}
                onClick={() => props.jump(item.id)}
              >
                {t('jumpTo')}
              </button>
            </li>
          ))}
        </NavList>
      </Section>
      {report.relevance && <WhyThisPage relevance={report.relevance} />}
    </>
  );
}

const EVIDENCE_LABEL = {
  term: 'evidenceTerm',
  headline: 'evidenceHeadline',
  settled: 'evidenceSettled',
  topic: 'evidenceTopic',
} as const;

/** The relevance judgement, on request: each piece of evidence and its weight, as scan --explain. */
function WhyThisPage({ relevance }: { relevance: NonNullable<PageReport['relevance']> }) {
  return (
    <details class="why-page">
      <summary>{t(relevance.relevant ? 'whyAnnotated' : 'whyNotAnnotated')}</summary>
      <p>{t('evidenceVerdict', relevance.score, relevance.verdict)}</p>
      {relevance.reasons.length > 0 && (
        <ul>
          {relevance.reasons.map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <span class="weight">+{r.weight}</span> “{r.text}” · {t(EVIDENCE_LABEL[r.kind])}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
