// Reader settings; changes are saved at once and open tabs pick them up from storage.

import { t } from '../platform/i18n';
import type { Settings } from '../platform/settings';

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
    </form>
  );
}
