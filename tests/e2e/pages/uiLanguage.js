// Page object of the UI's language: the header's language menu, and how the page is laid out
// (its `lang` and direction). This is the language of the interface, not the meeting's
// languages (its titles' translations and exports). Selectors are the UI's data-testid contract.

export class UiLanguage {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** The languages the menu offers, as `{ value, label }`. */
  offered() {
    return this.session.execute(
      `return [...document.querySelector('[data-testid="ui-lang"]').options]
         .map((o) => ({ value: o.value, label: o.textContent.trim() }));`,
    );
  }

  /** Picks the UI language `code` ("ar") in the menu, as a person does, and waits for the page to follow. */
  async pick(code) {
    await this.session.execute(
      `const s = document.querySelector('[data-testid="ui-lang"]');
       if (![...s.options].some((o) => o.value === arguments[0])) throw new Error('no language ' + arguments[0]);
       s.value = arguments[0];
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [code],
    );
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const { lang } = await this.page();
      if (lang.split('-')[0] === code) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the page did not switch to ${code}: ${JSON.stringify(await this.page())}`);
  }

  /** The page's `lang` and `dir`, and the pick kept for the next run. */
  page() {
    return this.session.execute(
      `return { lang: document.documentElement.lang, dir: document.documentElement.dir,
                kept: localStorage.getItem('plenary.uiLang') };`,
    );
  }

  /** The visible text of the element with data-testid `testid`. */
  text(testid) {
    return this.session.execute(
      `return document.querySelector('[data-testid="' + arguments[0] + '"]')?.textContent.trim() ?? null;`,
      [testid],
    );
  }

  /** The viewport box of the first element matching data-testid `testid` (and `date`). */
  box(testid, date) {
    return this.session.execute(
      `const sel = '[data-testid="' + arguments[0] + '"]' + (arguments[1] ? '[data-date="' + arguments[1] + '"]' : '');
       const r = document.querySelector(sel)?.getBoundingClientRect();
       return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;`,
      [testid, date ?? null],
    );
  }

  /** Clicks the element with data-testid `testid`. */
  async click(testid) {
    const [el] = await this.session.waitForAll(`[data-testid="${testid}"]`);
    await el.click();
  }
}
