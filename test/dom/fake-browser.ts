// An in-memory stand-in for webextension-polyfill in component tests: storage that behaves
// like chrome.storage (get/set/remove, change events), and no-op tabs and runtime.
type Listener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

const data = new Map<string, unknown>();
const listeners = new Set<Listener>();

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

const browser = {
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
    sendMessage: async () => null,
    onMessage: { addListener() {}, removeListener() {} },
  },
  tabs: {
    query: async () => [],
    sendMessage: async () => null,
    create: async () => ({}),
  },
};

export default browser;
