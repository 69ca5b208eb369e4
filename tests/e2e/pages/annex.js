// Page object of the Annex view (`AnnexView.svelte`): the annex of the letter, live, in a
// layout and a language of the meeting. Selectors are the UI's data-testid contract.

const VIEW = '[data-testid="annex-view"]';

export class AnnexView {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Switches the toolbar to the Annex view and waits for its page. */
  async show() {
    const [button] = await this.session.waitForAll('[data-testid="view-annex"]');
    await button.click();
    await this.session.waitForAll(`${VIEW} [data-testid="annex-frame"]`, { timeoutMs: 20_000 });
    return this;
  }

  /** The languages offered, as `{ value, label }`. */
  languages() {
    return this.session.execute(
      `const s = document.querySelector('${VIEW} [data-testid="annex-lang"]');
       return s ? [...s.options].map((o) => ({ value: o.value, label: o.textContent.trim() })) : [];`,
    );
  }

  /** Picks a select's option by value, as a person's choice does (a change event). */
  #choose(testid, value) {
    return this.session.execute(
      `const s = document.querySelector('${VIEW} [data-testid="' + arguments[0] + '"]');
       if (!s) throw new Error('no ' + arguments[0]);
       if (![...s.options].some((o) => o.value === arguments[1])) throw new Error('no option ' + arguments[1]);
       s.value = arguments[1];
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
      [testid, value],
    );
  }

  /** Reads the annex in `lang` (a code of the meeting's languages: `fr`). */
  chooseLanguage(lang) {
    return this.#choose('annex-lang', lang);
  }

  /** Shows the annex in `layout` (`days`, `bodies`, `plan`: the core's layout names). */
  chooseLayout(layout) {
    return this.#choose('annex-layout', layout);
  }

  /** Sets the note markers (`numbers`, `letters`, `parenLetters`) as the Markers choice does. */
  chooseMarkers(style) {
    return this.#choose('note-markers', style);
  }

  /** Ticks or clears "No markers in the cells". */
  hideMarkers(hidden) {
    return this.session.execute(
      `const box = document.querySelector('${VIEW} [data-testid="note-markers-hidden"]');
       if (box.checked !== arguments[0]) box.click();`,
      [hidden],
    );
  }

  /** Types `text` in a field (by data-testid) and commits it, as leaving the field does. */
  #type(testid, text) {
    return this.session.execute(
      `const f = document.querySelector('${VIEW} [data-testid="' + arguments[0] + '"]');
       if (!f) throw new Error('no ' + arguments[0]);
       f.value = arguments[1];
       f.dispatchEvent(new Event('input', { bubbles: true }));
       f.dispatchEvent(new Event('change', { bubbles: true }));`,
      [testid, text],
    );
  }

  /** Sets the heading of the notes in the language shown. */
  setNotesHeading(text) {
    return this.#type('note-heading', text);
  }

  /** Adds a note of the user's own with `text`. */
  async addFreeNote(text) {
    await this.#type('free-note-new', text);
    await this.session.execute(`document.querySelector('${VIEW} [data-testid="free-note-add"]').click();`);
  }

  /** The free notes listed, as `{ key, text }`. */
  freeNotes() {
    return this.session.execute(
      `return [...document.querySelectorAll('${VIEW} [data-testid="free-note"]')].map((n) => ({
         key: n.dataset.key,
         text: n.querySelector('textarea').value,
       }));`,
    );
  }

  /** Removes the free note `key`. */
  removeFreeNote(key) {
    return this.session.execute(
      `document.querySelector('${VIEW} [data-testid="free-note"][data-key="' + arguments[0] + '"] [data-testid="free-note-remove"]').click();`,
      [key],
    );
  }

  /** Marks session `id` with note `key` ("" takes its marker off). */
  async markSession(id, key) {
    await this.#choose('mark-session', id);
    await this.#choose('mark-note', key);
    await this.session.execute(`document.querySelector('${VIEW} [data-testid="mark-apply"]').click();`);
  }

  /** Polls `read()` until `ok` holds on its answer; returns it. */
  async until(read, ok, what, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      last = await read();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
  }

  /** The page's HTML as the core rendered it, and its language (`<html lang>`). */
  page() {
    return this.session.execute(
      `return document.querySelector('${VIEW} [data-testid="annex-frame"]')?.getAttribute('srcdoc') ?? '';`,
    );
  }
}
