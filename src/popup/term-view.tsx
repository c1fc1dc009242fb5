// A term's full card: everything in its glossary entry.
import type { PageLanguage } from '../core/page-language';
import { t } from '../platform/i18n';
import type { PopupRoute } from '../platform/messages';
import { Badges, Section, Until, ViewHeading } from './components';
import { chineseOf, terms, trends } from './glossary-data';
import { formatDate } from './labels';
import { routeKey } from './router';

export function TermView(props: {
  id: string;
  language: PageLanguage;
  onPage: boolean;
  open: (route: PopupRoute) => void;
  jump: (termId: string) => void;
}) {
  const term = terms[props.id];
  if (!term) return <p class="note">{t('termMissing')}</p>;
  const zh = chineseOf(term, props.language);
  return (
    <article class="card" aria-labelledby="term-title">
      <header class="card-head">
        <ViewHeading id="term-title">
          {zh ? (
            <>
              <span lang={props.language}>{zh.title}</span>
              <span class="alt-title" lang="en">
                {' · '}
                {term.title}
              </span>
            </>
          ) : (
            term.title
          )}
        </ViewHeading>
        <Badges kind={term.kind} side={term.side} />
      </header>
      {zh && (
        <>
          <p class="summary" lang={props.language}>
            {zh.summary}
          </p>
          <p class="lang-label">{t('englishSection')}</p>
        </>
      )}
      <p class="summary">{term.summary}</p>
      <p class="as-of">{t('currentTo', formatDate(term.asOf))}</p>
      {props.onPage && (
        <button type="button" class="jump" onClick={() => props.jump(term.id)}>
          {t('jumpToIt')}
        </button>
      )}
      <p>{term.background}</p>
      {term.facts && term.facts.length > 0 && (
        <Section title={t('keyFacts')}>
          <ol class="timeline">
            {term.facts.map((f) => (
              <li key={f.date + f.text}>
                <time dateTime={f.date}>{formatDate(f.date)}</time>
                <span>
                  {f.text}
                  {f.until && <Until date={f.until} />}{' '}
                  <a
                    href={f.source}
                    target="_blank"
                    rel="noopener noreferrer"
                    class="src"
                    aria-label={t('sourceFor', formatDate(f.date))}
                  >
                    {t('source')}
                  </a>
                </span>
              </li>
            ))}
          </ol>
        </Section>
      )}
      <Section title={t('whyItMatters')}>
        <p>{term.whyItMatters}</p>
      </Section>
      {term.related.length > 0 && (
        <Section title={t('relatedTerms')}>
          <p class="chips">
            {term.related.map((id) => (
              <button
                type="button"
                key={id}
                data-route={routeKey({ view: 'term', id })}
                onClick={() => props.open({ view: 'term', id })}
              >
                {terms[id]?.title ?? id}
              </button>
            ))}
          </p>
        </Section>
      )}
      {term.trends.length > 0 && (
        <Section title={t('trends')}>
          <p class="chips">
            {term.trends.map((id) => (
              <button
                type="button"
                key={id}
                data-route={routeKey({ view: 'trend', id })}
                onClick={() => props.open({ view: 'trend', id })}
              >
                {trends[id]?.title ?? id}
              </button>
            ))}
          </p>
        </Section>
      )}
      <Section title={t('sources')}>
        <ul class="sources">
          {term.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
        <p class="reviewed">
          {t('currentToEdited', formatDate(term.asOf), formatDate(term.reviewed))}
        </p>
      </Section>
    </article>
  );
}
