// A term's full card: everything in its glossary entry.
import type { PopupRoute } from '../platform/messages';
import { Badges, Section, ViewHeading } from './components';
import { terms, trends } from './glossary-data';
import { formatDate } from './labels';
import { routeKey } from './router';

export function TermView(props: {
  id: string;
  onPage: boolean;
  open: (route: PopupRoute) => void;
  jump: (termId: string) => void;
}) {
  const term = terms[props.id];
  if (!term) return <p class="note">This term is not in the glossary.</p>;
  return (
    <article class="card" aria-labelledby="term-title">
      <header class="card-head">
        <ViewHeading id="term-title">{term.title}</ViewHeading>
        <Badges kind={term.kind} side={term.side} />
      </header>
      <p class="summary">{term.summary}</p>
      {props.onPage && (
        <button type="button" class="jump" onClick={() => props.jump(term.id)}>
          Jump to it in the page
        </button>
      )}
      <p>{term.background}</p>
      {term.facts && term.facts.length > 0 && (
        <Section title="Key facts">
          <ol class="timeline">
            {term.facts.map((f) => (
              <li key={f.date + f.text}>
                <time dateTime={f.date}>{formatDate(f.date)}</time>
                <span>
                  {f.text}{' '}
                  <a
                    href={f.source}
                    target="_blank"
                    rel="noopener noreferrer"
                    class="src"
                    aria-label={`Source for ${formatDate(f.date)} (new tab)`}
                  >
                    source
                  </a>
                </span>
              </li>
            ))}
          </ol>
        </Section>
      )}
      <Section title="Why it matters">
        <p>{term.whyItMatters}</p>
      </Section>
      {term.related.length > 0 && (
        <Section title="Related terms">
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
        <Section title="Trends">
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
      <Section title="Sources">
        <ul class="sources">
          {term.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
        <p class="reviewed">Reviewed {formatDate(term.reviewed)}</p>
      </Section>
    </article>
  );
}
