// The card a reader sees when resting the pointer on a marked term: what it is, the dated facts
// that matter, why it matters, and links into the popup for related terms and trends.
import { byDate, formatDate, hasPassed } from '../core/dates';
import type { PageLanguage } from '../core/page-language';
import type { ChineseText, Kind, Side } from '../glossary/schema';
import { type MessageKey, t } from '../platform/i18n';
import type { CardLink, PopupRoute, TermCard } from '../platform/messages';
import { trusted } from './trusted';

const SIDE_KEY: Record<Side, MessageKey> = {
  us: 'sideUs',
  china: 'sideChina',
  global: 'sideGlobal',
  other: 'sideOther',
};
const KIND_KEY = (kind: Kind) => `kind${kind[0]!.toUpperCase()}${kind.slice(1)}` as MessageKey;
const MAX_FACTS = 3;
/** The card stays glanceable; the popup's term view lists every related term. */
const MAX_RELATED = 6;

export interface CardProps {
  card: TermCard | 'loading' | 'error';
  title: string;
  /** The language the card speaks: Chinese cards lead with the Chinese name and summary. */
  language: PageLanguage;
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
      aria-label={t('cardAbout', props.title)}
      style={{
        left: `${position.left}px`,
        top: `${position.top}px`,
        maxHeight: position.maxHeight === undefined ? undefined : `${position.maxHeight}px`,
      }}
      onPointerEnter={trusted(props.onPointerEnter)}
      onPointerLeave={trusted(props.onPointerLeave)}
    >
      {card === 'loading' ? (
        <p class="muted">{props.title}…</p>
      ) : card === 'error' ? (
        <p class="muted">{t('cardError')}</p>
      ) : (
        <CardBody card={card} language={props.language} onOpen={props.onOpen} />
      )}
    </section>
  );
}

/** A related term or trend by the name the card's reader uses. */
function linkTitle(link: CardLink, language: PageLanguage): string {
  if (language === 'zh-Hant') return link.zhHant ?? link.title;
  if (language === 'zh-Hans') return link.zh ?? link.title;
  return link.title;
}

/** The entry's Chinese in the card's script, when the card speaks Chinese and the entry has it. */
function chineseFor(card: TermCard, language: PageLanguage): ChineseText | undefined {
  if (language === 'en') return undefined;
  return language === 'zh-Hant' ? (card.term.zhHant ?? card.term.zh) : card.term.zh;
}

function CardBody(props: {
  card: TermCard;
  language: PageLanguage;
  onOpen: (r: PopupRoute) => void;
}) {
  const { card, onOpen } = props;
  const { term } = card;
  // Newest first: the latest development is what a reader of today's news needs at a glance.
  const facts = byDate(term.facts ?? [])
    .slice(-MAX_FACTS)
    .reverse();
  const zh = chineseFor(card, props.language);
  return (
    <>
      <header>
        {zh ? (
          <h2 lang={props.language}>
            {zh.title}
            <span class="alt-title" lang="en">
              {' · '}
              {term.title}
            </span>
          </h2>
        ) : (
          <h2>{term.title}</h2>
        )}
        <p class="badges">
          <span class="badge">{t(KIND_KEY(term.kind))}</span>
          <span class={`badge side-${term.side}`}>{t(SIDE_KEY[term.side])}</span>
        </p>
      </header>
      {zh && (
        <>
          <p class="summary" lang={props.language}>
            {zh.summary}
          </p>
          <p class="label lang-label">{t('englishSection')}</p>
        </>
      )}
      <p class="summary" lang="en">
        {term.summary}
      </p>
      <p class="as-of">{t('currentTo', formatDate(term.asOf))}</p>
      {facts.length > 0 && (
        <ol class="facts">
          {facts.map((f) => (
            <li key={f.date + f.text}>
              <time dateTime={f.date}>{formatDate(f.date)}</time> {f.text}
              {f.until && <Until date={f.until} />}
            </li>
          ))}
        </ol>
      )}
      <p class="why">
        <strong>{t('whyItMattersLead')}</strong>
        {term.whyItMatters}
      </p>
      {card.related.length > 0 && (
        <p class="links">
          <span class="label">{t('related')}</span>
          {card.related.slice(0, MAX_RELATED).map((r) => (
            <button
              type="button"
              key={r.id}
              onClick={trusted(() => onOpen({ view: 'term', id: r.id }))}
            >
              {linkTitle(r, props.language)}
            </button>
          ))}
        </p>
      )}
      {card.trends.length > 0 && (
        <p class="links">
          <span class="label">{t('trends')}</span>
          {card.trends.map((t) => (
            <button
              type="button"
              key={t.id}
              onClick={trusted(() => onOpen({ view: 'trend', id: t.id }))}
            >
              {linkTitle(t, props.language)}
            </button>
          ))}
        </p>
      )}
      <footer>
        <span class="label">{t('sources')}</span>
        {term.sources.map((s) => (
          <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        ))}
      </footer>
    </>
  );
}

/** A temporary state's end, which reads as over once it has passed. */
function Until({ date }: { date: string }) {
  const ended = hasPassed(date);
  return (
    <span class={ended ? 'until ended' : 'until'}>
      {' ('}
      {t(ended ? 'untilEnded' : 'untilDate', formatDate(date))})
    </span>
  );
}
