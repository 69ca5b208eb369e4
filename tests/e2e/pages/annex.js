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

  /** The page's HTML as the core rendered it, and its language (`<html lang>`). */
  page() {
    return this.session.execute(
      `return document.querySelector('${VIEW} [data-testid="annex-frame"]')?.getAttribute('srcdoc') ?? '';`,
    );
  }
}
