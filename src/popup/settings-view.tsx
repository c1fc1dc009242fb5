// Reader settings; changes are saved at once and open tabs pick them up from storage.

import { formatDate } from '../core/dates';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { glossaryMeta } from './glossary-data';

const CARD_LANGUAGES = [
  ['auto', 'settingCardAuto'],
  ['en', 'settingCardEnglish'],
  ['zh', 'settingCardChinese'],
] as const;

export function SettingsView(props: {
  settings: Settings;
  hostname: string | undefined;
  change: (change: Partial<Settings>) => void;
}) {
  const { settings, hostname } = props;
  const siteOff = hostname !== undefined && settings.disabledSites.includes(hostname);
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => props.change({ enabled: e.currentTarget.checked })}
        />
        {t('settingAnnotate')}
      </label>
      {hostname && (
        <label class="check">
          <input
            type="checkbox"
            checked={siteOff}
            onChange={(e) =>
              props.change({
                disabledSites: e.currentTarget.checked
                  ? [...settings.disabledSites, hostname]
                  : settings.disabledSites.filter((h) => h !== hostname),
              })
            }
          />
          {t('settingSiteOff', hostname)}
        </label>
      )}
      <fieldset>
        <legend>{t('settingMark')}</legend>
        <label class="check">
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'all'}
            onChange={() => props.change({ mentions: 'all' })}
          />
          {t('settingEveryMention')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'first'}
            onChange={() => props.change({ mentions: 'first' })}
          />
          {t('settingFirstMention')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingStyle')}</legend>
        <label class="check">
          <input
            type="radio"
            name="style"
            checked={settings.markStyle === 'underline'}
            onChange={() => props.change({ markStyle: 'underline' })}
          />
          {t('settingUnderline')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="style"
            checked={settings.markStyle === 'tint'}
            onChange={() => props.change({ markStyle: 'tint' })}
          />
          {t('settingTint')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingCardLanguage')}</legend>
        {CARD_LANGUAGES.map(([value, label]) => (
          <label class="check" key={value}>
            <input
              type="radio"
              name="card-language"
              checked={settings.cardLanguage === value}
              onChange={() => props.change({ cardLanguage: value })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <AboutGlossary />
    </form>
  );
}

/** What the reader has: how big the glossary is and through when its facts were checked. New
 * facts arrive with a new version of the extension; nothing is fetched. */
function AboutGlossary() {
  const m = glossaryMeta;
  const version = browser.runtime.getManifest().version;
  return (
    <section class="about" aria-label={t('aboutHeading')}>
      <h2>{t('aboutHeading')}</h2>
      <p>{t('aboutGlossary', version, m.terms, m.trends, formatDate(m.asOf))}</p>
      {m.oldestAsOf < m.asOf && <p class="muted">{t('aboutOldest', formatDate(m.oldestAsOf))}</p>}
      <p class="muted">{t('aboutUpdates')}</p>
    </section>
  );
}
