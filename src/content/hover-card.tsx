// The card a reader sees when resting the pointer on a marked term: what it is, the dated facts
// that matter, why it matters, and links into the popup for related terms and trends.
import { formatDate } from '../core/dates';
import type { PopupRoute, TermCard } from '../platform/messages';

const SIDE_LABEL = { us: 'US', china: 'China', global: 'Global', other: 'Other' } as const;
const MAX_FACTS = 3;
/** The card stays glanceable; the popup's term view lists every related term. */
const MAX_RELATED = 6;

export interface CardProps {
  card: TermCard | 'loading' | 'error';
  title: string;
  /** Where the card goes, and how tall it may grow before its content scrolls. */
  position: { left: number; top: number; maxHeight?: number };
  onOpen: (route: PopupRoute) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function HoverCard(props: CardProps) {
  const { card, position } = props;
  return (
    <section
      class="card"
      role="dialog"
      aria-label={`About ${props.title}`}
      style={{
        left: `${position.left}px`,
        top: `${position.top}px`,
        maxHeight: position.maxHeight === undefined ? undefined : `${position.maxHeight}px`,
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      {card === 'loading' ? (
        <p class="muted">{props.title}…</p>
      ) : card === 'error' ? (
        <p class="muted">This card could not be loaded. Reload the page to try again.</p>
      ) : (
        <CardBody card={card} onOpen={props.onOpen} />
      )}
    </section>
  );
}

function CardBody({ card, onOpen }: { card: TermCard; onOpen: (r: PopupRoute) => void }) {
  const { term } = card;
  const facts = (term.facts ?? []).slice(-MAX_FACTS);
  return (
    <>
      <header>
        <h2>{term.title}</h2>
        <p class="badges">
          <span class="badge">{term.kind}</span>
          <span class={`badge side-${term.side}`}>{SIDE_LABEL[term.side]}</span>
        </p>
      </header>
      <p class="summary">{term.summary}</p>
      {facts.length > 0 && (
        <ol class="facts">
          {facts.map((f) => (
            <li key={f.date + f.text}>
              <time dateTime={f.date}>{formatDate(f.date)}</time> {f.text}
            </li>
          ))}
        </ol>
      )}
      <p class="why">
        <strong>Why it matters: </strong>
        {term.whyItMatters}
      </p>
      {card.related.length > 0 && (
        <p class="links">
          <span class="label">Related</span>
          {card.related.slice(0, MAX_RELATED).map((r) => (
            <button type="button" key={r.id} onClick={() => onOpen({ view: 'term', id: r.id })}>
              {r.title}
            </button>
          ))}
        </p>
      )}
      {card.trends.length > 0 && (
        <p class="links">
          <span class="label">Trends</span>
          {card.trends.map((t) => (
            <button type="button" key={t.id} onClick={() => onOpen({ view: 'trend', id: t.id })}>
              {t.title}
            </button>
          ))}
        </p>
      )}
      <footer>
        <span class="label">Sources</span>
        {term.sources.map((s) => (
          <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        ))}
      </footer>
    </>
  );
}
