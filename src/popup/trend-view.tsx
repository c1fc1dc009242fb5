// A trend: what it is, why it matters, its dated timeline and the terms it links.

import { hasPassed } from '../core/dates';
import { t } from '../platform/i18n';
import type { PopupRoute } from '../platform/messages';
import { Section, Until, ViewHeading } from './components';
import { terms, trends } from './glossary-data';
import { formatDate } from './labels';
import { routeKey } from './router';

export function TrendView(props: {
  id: string;
  pageTerms: ReadonlySet<string>;
  open: (route: PopupRoute) => void;
}) {
  const trend = trends[props.id];
  if (!trend) return <p class="note">{t('trendMissing')}</p>;
  return (
    <article class="card" aria-labelledby="trend-title">
      <header class="card-head">
        <ViewHeading id="trend-title">{trend.title}</ViewHeading>
        <span class="badge">{t('trend')}</span>
      </header>
      <p class="summary">{trend.summary}</p>
      <p class="as-of">{t('currentTo', formatDate(trend.asOf))}</p>
      <Section title={t('whyItMatters')}>
        <p>{trend.whyItMatters}</p>
      </Section>
      <Section title={t('timeline')}>
        <ol class="timeline">
          {trend.timeline.map((e) => (
            <li key={e.date + e.text}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              <span>
                {e.text}
                {e.until && <Until date={e.until} />}{' '}
                <a
                  href={e.source}
                  target="_blank"
                  rel="noopener noreferrer"
                  class="src"
                  aria-label={t('sourceFor', formatDate(e.date))}
                >
                  {t('source')}
                </a>
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('terms')}>
        {trend.terms.some((id) => props.pageTerms.has(id)) && (
          <p class="legend" aria-hidden="true">
            <span class="on-page-key" /> {t('onThisPage')}
          </p>
        )}
        <p class="chips">
          {trend.terms.map((id) => (
            <button
              type="button"
              key={id}
              data-route={routeKey({ view: 'term', id })}
              class={props.pageTerms.has(id) ? 'on-page' : undefined}
              aria-label={
                props.pageTerms.has(id) ? t('onThisPageLabel', terms[id]?.title ?? id) : undefined
              }
              onClick={() => props.open({ view: 'term', id })}
            >
              {terms[id]?.title ?? id}
              {props.pageTerms.has(id) && <span aria-hidden="true"> •</span>}
            </button>
          ))}
        </p>
      </Section>
      <Section title={t('whatToWatch')}>
        <ul class="watch">
          {trend.watch.map((w) => {
            const text = typeof w === 'string' ? w : w.text;
            const by = typeof w === 'string' ? undefined : w.by;
            const overdue = by !== undefined && hasPassed(by);
            return (
              <li key={text}>
                {text}
                {by && (
                  <span class={overdue ? 'until ended' : 'until'}>
                    {' ('}
                    {t(overdue ? 'watchByPassed' : 'watchBy', formatDate(by))})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </Section>
    </article>
  );
}
