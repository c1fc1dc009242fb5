// Reader settings; changes are saved at once and open tabs pick them up from storage.
import type { Settings } from '../platform/settings';

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
        Annotate AI-race terms on pages
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
          Off for {hostname}
        </label>
      )}
      <fieldset>
        <legend>Mark</legend>
        <label class="check">
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'all'}
            onChange={() => props.change({ mentions: 'all' })}
          />
          Every mention
        </label>
        <label class="check">
          <input
            type="radio"
            name="mentions"
            checked={settings.mentions === 'first'}
            onChange={() => props.change({ mentions: 'first' })}
          />
          First mention of each term
        </label>
      </fieldset>
      <fieldset>
        <legend>Style</legend>
        <label class="check">
          <input
            type="radio"
            name="style"
            checked={settings.markStyle === 'underline'}
            onChange={() => props.change({ markStyle: 'underline' })}
          />
          Dotted underline
        </label>
        <label class="check">
          <input
            type="radio"
            name="style"
            checked={settings.markStyle === 'tint'}
            onChange={() => props.change({ markStyle: 'tint' })}
          />
          Tinted background
        </label>
      </fieldset>
    </form>
  );
}
