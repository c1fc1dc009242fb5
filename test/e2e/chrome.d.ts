// The little of the extension API the tests call inside the service worker.
declare const chrome: {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};
