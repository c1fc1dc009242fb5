// Reaching the extension's UI in a page from tests and scripts. The UI lives in a closed shadow
// root, which page scripts (and the drivers' selectors, which run as page script) can't enter:
// that is the point. The browsers' remote protocols can, like their own inspectors: Chromium's
// DevTools protocol and WebDriver BiDi in Firefox (which serializes closed shadow roots too).
// Tests find controls through them and then act as a reader would, with real mouse input.

/**
 * The extension's UI in `page` (a Playwright page in Chromium, or a Puppeteer page in Firefox).
 * `evaluate(fn, arg)` runs `fn(shadowRoot, arg)` in the page and returns its result, as JSON
 * (undefined while the UI doesn't exist yet).
 */
export async function extensionUi(page) {
  const evaluate =
    typeof page.context === 'function' ? await chromiumEvaluate(page) : firefoxEvaluate(page);
  return controls(page, evaluate);
}

/** Firefox: the host's closed shadow root as a WebDriver BiDi shared reference. */
function firefoxEvaluate(page) {
  const context = page.mainFrame().browsingContext;
  const session = context.userContext.browser.session;
  const call = async (functionDeclaration, thisValue, args) => {
    const { result } = await session.send('script.callFunction', {
      functionDeclaration,
      this: thisValue,
      arguments: args,
      target: { context: context.id },
      awaitPromise: true,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return result.result;
  };
  return async (fn, arg) => {
    const children = await call(
      'function () { return [...document.documentElement.children]; }',
      undefined,
      [],
    );
    const host = children.value.find((c) => c.value?.shadowRoot?.value?.mode === 'closed');
    if (!host) return undefined;
    const out = await call(
      `function (arg) { return JSON.stringify((${fn.toString()})(this, JSON.parse(arg)) ?? null); }`,
      { sharedId: host.value.shadowRoot.sharedId },
      [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    );
    return JSON.parse(out.value) ?? undefined;
  };
}

/** Chromium: the host's closed shadow root through the DevTools protocol. */
async function chromiumEvaluate(page) {
  const cdp = await page.context().newCDPSession(page);

  /** The closed shadow root of the extension's host (a child of <html>), as a remote object. */
  async function shadowRoot() {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    for (const child of html?.children ?? []) {
      const shadow = child.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      return object.objectId;
    }
    return undefined;
  }

  return async function evaluate(fn, arg) {
    const objectId = await shadowRoot();
    if (!objectId) return undefined;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value;
  };
}

function controls(page, evaluate) {
  /** The centre of the first element matching `selector` (and reading `text`, if given). */
  async function centre(selector, text) {
    return evaluate(
      (root, { selector, text }) => {
        const el = [...root.querySelectorAll(selector)].find(
          (e) => text === undefined || e.textContent.trim() === text,
        );
        if (!el) return undefined;
        // Inside a card that scrolls, bring the control into the card's view first.
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      { selector, text },
    );
  }

  /** Waits until `selector` (reading `text`) exists and returns its centre. */
  async function waitFor(selector, text, timeout = 8000) {
    const until = Date.now() + timeout;
    for (;;) {
      const at = await centre(selector, text);
      if (at) return at;
      if (Date.now() > until) throw new Error(`No ${selector} ${text ?? ''} in the extension UI`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    evaluate,
    waitFor,
    /** Text of the first match, or undefined. */
    text: (selector) =>
      evaluate((root, s) => root.querySelector(s)?.textContent ?? undefined, selector),
    count: (selector) => evaluate((root, s) => root.querySelectorAll(s).length, selector),
    /** A real click (trusted input) on the control. */
    async click(selector, text) {
      const at = await waitFor(selector, text);
      await page.mouse.click(at.x, at.y);
    },
  };
}
