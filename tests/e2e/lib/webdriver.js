// A minimal W3C WebDriver client over Node's fetch: just what the page objects need.
// Every request has its own timeout, so a driver that never answers (WebKitWebDriver
// waits 300 s for an app that lacks TAURI_WEBVIEW_AUTOMATION) fails the test instead of
// hanging it.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path}: ${status} ${value?.error ?? ''}: ${value?.message ?? JSON.stringify(value)}`);
    this.status = status;
    this.code = value?.error;
  }
}

async function request(base, method, path, body, timeoutMs = 30_000) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new WebDriverError(method, path, response.status, json.value);
  return json.value;
}

/** Waits until the driver at `base` answers `/status` with ready. */
export async function waitForDriver(base, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const status = await request(base, 'GET', '/status', undefined, 2_000);
      if (status?.ready) return;
      last = new Error(`not ready: ${JSON.stringify(status)}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebDriver at ${base} did not become ready in ${timeoutMs} ms: ${last}`);
}

/** One WebDriver session: the app under test. */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts a session; `capabilities` go in `alwaysMatch`. */
  static async create(base, capabilities, timeoutMs = 60_000) {
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, timeoutMs);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body, timeoutMs) {
    return request(this.base, method, `/session/${this.id}${path}`, body, timeoutMs);
  }

  async findAll(css, from) {
    const scope = from ? `/element/${from.id}` : '';
    const found = await this.cmd('POST', `${scope}/elements`, { using: 'css selector', value: css });
    return found.map((e) => new Element(this, e[ELEMENT]));
  }

  /** Polls until `css` matches at least one element; returns them all. */
  async waitForAll(css, { timeoutMs = 15_000, from } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.findAll(css, from);
      if (found.length > 0) return found;
      if (Date.now() > deadline) throw new Error(`nothing matched ${css} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Clicks the button with `data-testid` `testid` from inside the page once it exists and is
   * enabled (polling); answers true, or throws after `timeoutMs`.
   */
  async clickButton(testid, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const clicked = await this.execute(
        `const b = document.querySelector('[data-testid="' + arguments[0] + '"]');
         if (!b || b.disabled) return false;
         b.click();
         return true;`,
        [testid],
      );
      if (clicked) return true;
      if (Date.now() > deadline) throw new Error(`the ${testid} button was not there and enabled within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Waits for `css`, then clicks its first match; when the page redraws that element between
   * finding and clicking it (a stale element reference), finds it again and clicks again.
   */
  async clickWhenSettled(css, { timeoutMs = 15_000, attempts = 5 } = {}) {
    for (let attempt = 1; ; attempt++) {
      const [element] = await this.waitForAll(css, { timeoutMs });
      try {
        return await element.click();
      } catch (e) {
        if (e.code !== 'stale element reference' || attempt >= attempts) throw e;
      }
    }
  }

  title() {
    return this.cmd('GET', '/title');
  }

  /** Runs `script` (a function body) in the page and returns its result. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs `script` (a function body whose last argument is a callback) and returns what it passes back. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  /** Performs W3C input actions (pointer, key), then releases every input. */
  async perform(actions) {
    await this.cmd('POST', '/actions', { actions });
    await this.cmd('DELETE', '/actions');
  }

  /** Sends key presses to the focused element (W3C key actions; `keys` as WebDriver key codes). */
  async keys(sequence) {
    const down = [];
    const up = [];
    for (const k of sequence) {
      down.push({ type: 'keyDown', value: k });
      up.unshift({ type: 'keyUp', value: k });
    }
    await this.perform([{ type: 'key', id: 'keyboard', actions: [...down, ...up] }]);
  }

  /** The handles of the app's windows (each a top-level browsing context). */
  windowHandles() {
    return this.cmd('GET', '/window/handles');
  }

  /** The handle of the window commands go to. */
  windowHandle() {
    return this.cmd('GET', '/window');
  }

  /** Sends the next commands to the window of `handle`. */
  switchToWindow(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  /** Waits for a window whose handle is not among `known`, and sends the next commands to it. */
  async switchToNewWindow(known, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const added = (await this.windowHandles()).find((h) => !known.includes(h));
      if (added) {
        await this.switchToWindow(added);
        return added;
      }
      if (Date.now() > deadline) throw new Error(`no new window within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A PNG of the viewport (within `timeoutMs`, default the driver's 30 s). */
  async screenshot(timeoutMs) {
    return Buffer.from(await this.cmd('GET', '/screenshot', undefined, timeoutMs), 'base64');
  }

  async delete() {
    await this.cmd('DELETE', '', undefined, 10_000);
  }
}

/** A reference to one element of the page. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  /** The rendered text, as WebDriver's visibility rules see it. */
  text() {
    return this.session.cmd('GET', `/element/${this.id}/text`);
  }

  /**
   * The element's text content with whitespace collapsed. Prefer it to `text()` for text
   * that CSS clamps (`-webkit-line-clamp`), which WebKit's WebDriver reports as hidden.
   */
  async textContent() {
    const raw = await this.session.cmd('GET', `/element/${this.id}/property/textContent`);
    return String(raw ?? '').replace(/\s+/g, ' ').trim();
  }

  /** `{ x, y, width, height }` in CSS pixels. */
  rect() {
    return this.session.cmd('GET', `/element/${this.id}/rect`);
  }

  attribute(name) {
    return this.session.cmd('GET', `/element/${this.id}/attribute/${encodeURIComponent(name)}`);
  }

  findAll(css) {
    return this.session.findAll(css, this);
  }

  click() {
    return this.session.cmd('POST', `/element/${this.id}/click`, {});
  }
}
