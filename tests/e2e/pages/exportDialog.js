// Page object of the Export dialog (`ExportDialog.svelte`): the live annex preview and the
// notes editor under it. Selectors are the UI's data-testid contract.

const DIALOG = '[data-testid="export-dialog"]';
const CTRL = '\uE009';

export class ExportDialog {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Opens the dialog with Ctrl+E (as File > Export does) and waits for its preview. */
  async open() {
    await this.session.keys([CTRL, 'e']);
    await this.session.waitForAll(`${DIALOG} [data-testid="export-preview"]`, { timeoutMs: 20_000 });
    return this;
  }

  /** Picks the published revision to export and the one whose changes to mark ("" for none). */
  chooseVersion(revision, changesSince = '') {
    return this.session.execute(
      `for (const [id, value] of [['export-revision', arguments[0]], ['export-changes-since', arguments[1]]]) {
         const s = document.querySelector('${DIALOG} [data-testid="' + id + '"]');
         s.value = value;
         s.dispatchEvent(new Event('change', { bubbles: true }));
       }`,
      [revision, changesSince],
    );
  }

  /** Picks the export format (`ics`, `csv`, `annex-docx`, ...: the core's format names). */
  chooseFormat(format) {
    return this.session.execute(
      `const s = document.querySelector('${DIALOG} [data-testid="export-format"]');
       if (![...s.options].some((o) => o.value === arguments[0])) throw new Error('no export format ' + arguments[0]);
       s.value = arguments[0];
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [format],
    );
  }

  /** Picks the language the annex is written in (`fr`: a code of the meeting's languages). */
  chooseLanguage(lang) {
    return this.session.execute(
      `const s = document.querySelector('${DIALOG} [data-testid="export-lang"]');
       if (![...s.options].some((o) => o.value === arguments[0])) throw new Error('no language ' + arguments[0]);
       s.value = arguments[0];
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [lang],
    );
  }

  /** Picks the annex layout (`days`, `bodies`, `plan`). */
  chooseLayout(layout) {
    return this.session.execute(
      `const s = document.querySelector('${DIALOG} [data-testid="export-layout"]');
       if (![...s.options].some((o) => o.value === arguments[0])) throw new Error('no layout ' + arguments[0]);
       s.value = arguments[0];
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [layout],
    );
  }

  /** Presses the dialog's save button, which asks where to write (the native save dialog). */
  async save() {
    const [button] = await this.session.waitForAll(`${DIALOG} [data-testid="export-save"]`);
    await button.click();
  }

  /** What the dialog says it wrote (its "saved" line), or null before it has written. */
  saved() {
    return this.session.execute(
      `const el = document.querySelector('${DIALOG} [data-testid="export-saved"]');
       return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;`,
    );
  }

  /** Closes the dialog (Escape). */
  async close() {
    const [close] = await this.session.waitForAll(`${DIALOG} [data-testid="export-close"]`);
    await close.click();
  }

  /** The notes listed, in order: `{ key, text, overridden }`. */
  notes() {
    return this.session.execute(
      `return [...document.querySelectorAll('${DIALOG} [data-testid="annex-note"]')].map((li) => ({
         key: li.dataset.key, overridden: li.dataset.overridden === 'true',
         text: li.querySelector('[data-testid="annex-note-text"]').value }));`,
    );
  }

  /** The preview page's HTML, as the core rendered it. */
  preview() {
    return this.session.execute(
      `return document.querySelector('${DIALOG} [data-testid="export-preview"]')?.getAttribute('srcdoc') ?? '';`,
    );
  }

  async button(key, testid) {
    const [b] = await this.session.waitForAll(`${DIALOG} [data-testid="annex-note"][data-key="${key}"] [data-testid="${testid}"]`);
    return b;
  }

  /** Moves note `key` one place up. */
  async moveUp(key) {
    await (await this.button(key, 'annex-note-up')).click();
  }

  /** Replaces the text of note `key` and applies it. */
  async setText(key, text) {
    const area = await this.button(key, 'annex-note-text');
    await this.session.cmd('POST', `/element/${area.id}/clear`, {});
    await this.session.cmd('POST', `/element/${area.id}/value`, { text });
    await (await this.button(key, 'annex-note-apply')).click();
  }

  /** Gives note `key` its derived text back. */
  async reset(key) {
    await (await this.button(key, 'annex-note-reset')).click();
  }

  /** Polls `probe()` until `predicate` holds on its answer; returns it. */
  async until(probe, predicate, what, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (predicate(value)) return value;
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; got ${JSON.stringify(value).slice(0, 800)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
