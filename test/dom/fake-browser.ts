// An in-memory stand-in for webextension-polyfill in component tests: storage that behaves
// like chrome.storage (get/set/remove, change events), and no-op tabs and runtime.
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

const data = new Map<string, unknown>();
const listeners = new Set<Listener>();
type MessageListener = (message: unknown, sender: unknown) => unknown;
const messageListeners = new Set<MessageListener>();
/** The popup's own address: what the service worker sees as the sender of popup messages. */
const POPUP_SENDER = { id: 'test', url: 'chrome-extension://test/popup/popup.html' };

function area(name: string) {
  return {
    async get(keys?: string | string[] | null) {
      const wanted =
        keys === null || keys === undefined
          ? [...data.keys()]
          : Array.isArray(keys)
            ? keys
            : [keys];
      return Object.fromEntries(
        wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      );
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      for (const l of listeners) l(changes, name);
    },
  };
}

export function resetFakeStorage(): void {
  data.clear();
}

/** The browser language the fake i18n answers in; `en` falls back to the bundled English. */
let uiLocale: 'en' | 'zh_CN' | 'zh_TW' = 'en';
const locales: Record<string, Record<string, { message: string }>> = {
  zh_CN: (await import('../../_locales/zh_CN/messages.json')).default,
  zh_TW: (await import('../../_locales/zh_TW/messages.json')).default,
};

export function setFakeUiLocale(locale: typeof uiLocale): void {
  uiLocale = locale;
}

const browser = {
  i18n: {
    getUILanguage: () => uiLocale.replace('_', '-'),
    getMessage(key: string, subs: string[] = []) {
      const entry = locales[uiLocale]?.[key] as
        | { message: string; placeholders?: Record<string, { content: string }> }
        | undefined;
      if (!entry) return '';
      return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content;
        return content
          ? content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '')
          : whole;
      });
    },
  },
  storage: {
    local: area('local'),
    session: area('session'),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
  runtime: {
    id: 'test',
    getURL: (path: string) => `chrome-extension://test/${path}`,
    getManifest: () => ({ version: '1.2.3' }),
    // Messages reach whatever a test registered (the service worker's handlers), as in Chrome.
    sendMessage: async (message: unknown) => {
      for (const l of messageListeners) {
        const reply = l(message, POPUP_SENDER);
        if (reply !== undefined) return reply;
      }
      return null;
    },
    onMessage: {
      addListener: (l: MessageListener) => messageListeners.add(l),
      removeListener: (l: MessageListener) => messageListeners.delete(l),
    },
  },
  tabs: {
    query: async () => [],
    sendMessage: async () => null,
    create: async () => ({}),
  },
};

export default browser;
