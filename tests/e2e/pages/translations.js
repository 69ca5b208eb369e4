// Page object of the Translations view (`TranslationsView.svelte`): a row per text of the
// document, a column per meeting language. Tests speak of texts by their kind ("sessionTitle")
// and item (a session id), and of languages by code; the selectors are the UI's data attributes.

const VIEW = '[data-testid="translations-view"]';
const ROW = (kind, item) => `${VIEW} [data-testid="translation-row"][data-kind="${kind}"][data-item="${item}"]`;

export class Translations {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Switches the toolbar to the Translations view and waits for its rows. */
  async show() {
    const [button] = await this.session.waitForAll('[data-testid="view-translations"]');
    await button.click();
    await this.session.waitForAll(`${VIEW} [data-testid="translation-row"]`, { timeoutMs: 20_000 });
    return this;
  }

  /** A row's texts by language and the languages it lacks, or null when it is not shown. */
  row(kind, item) {
    return this.session.execute(
      `const row = document.querySelector(arguments[0]);
       if (!row) return null;
       const texts = {};
       for (const td of row.querySelectorAll('td[data-lang]')) texts[td.dataset.lang] = td.querySelector('input').value;
       return { texts, missing: row.dataset.missing ? row.dataset.missing.split(' ') : [] };`,
      [ROW(kind, item)],
    );
  }

  /** Types `text` into a cell (replacing what it had) and leaves it, which sends the edit. */
  async type(kind, item, lang, text) {
    const [input] = await this.session.waitForAll(`${ROW(kind, item)} td[data-lang="${lang}"] input`);
    const ref = { 'element-6066-11e4-a52e-4f735466cecf': input.id };
    await input.click();
    // Typed keys can be lost when the machine is loaded (WebKitWebDriver drops the first
    // one now and then): the field is checked before it is left, and typed again if so.
    // Leaving it is what commits, so this is still one edit.
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.session.cmd('POST', `/element/${input.id}/clear`, {});
      await this.session.cmd('POST', `/element/${input.id}/value`, { text });
      if ((await this.session.execute('return arguments[0].value;', [ref])) === text) break;
    }
    await this.session.execute('arguments[0].blur();', [ref]);
  }

  /** Starts a missing cell from another language's text ("Copy from…"), then leaves it. */
  async copy(kind, item, lang, from) {
    await this.session.execute(
      `const select = document.querySelector(arguments[0]);
       select.value = arguments[1];
       select.dispatchEvent(new Event('change', { bubbles: true }));
       document.activeElement?.blur();`,
      [`${ROW(kind, item)} td[data-lang="${lang}"] [data-testid="copy-from"]`, from],
    );
  }

  /** Shows only the rows lacking a text (in `lang`, or in any language when null). */
  filterMissing(on, lang = null) {
    return this.session.execute(
      `const box = document.querySelector('${VIEW} [data-testid="translations-missing-only"]');
       if (box.checked !== arguments[0]) box.click();
       const s = document.querySelector('${VIEW} [data-testid="translations-missing-lang"]');
       const i = [...s.options].findIndex((o) => (arguments[1] === null ? o.value === '' || o.value === 'null' : o.value === arguments[1]));
       if (i >= 0) { s.selectedIndex = i; s.dispatchEvent(new Event('change', { bubbles: true })); }`,
      [on, lang],
    );
  }

  /** The filter as shown: `{ missingOnly, lang }` (lang: the option's text). */
  filter() {
    return this.session.execute(
      `const s = document.querySelector('${VIEW} [data-testid="translations-missing-lang"]');
       return { missingOnly: document.querySelector('${VIEW} [data-testid="translations-missing-only"]').checked,
                lang: s.options[s.selectedIndex]?.textContent.trim() };`,
    );
  }

  /** How many rows are shown. */
  count() {
    return this.session.execute(`return document.querySelectorAll('${VIEW} [data-testid="translation-row"]').length;`);
  }

  /** Polls `probe()` until `predicate` holds on its answer; returns it. */
  async until(probe, predicate, what, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (predicate(value)) return value;
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; got ${JSON.stringify(value)?.slice(0, 800)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
