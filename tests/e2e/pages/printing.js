// File > Print as the page shows it: whether it is in print mode (and for what), and what
// the grid has drawn.

export class Printing {
  constructor(session) {
    this.session = session;
  }

  /** "view" or "annex" while printing, null otherwise. */
  async mode() {
    return this.session.execute(`return document.documentElement.dataset.print ?? null;`);
  }

  /** The session blocks in the page (the grid culls those far from view, except while printing). */
  async blocksDrawn() {
    return this.session.execute(`return document.querySelectorAll('[data-testid="session"]').length;`);
  }

  /** The print header's text, or null when there is none. */
  async header() {
    return this.session.execute(`return document.querySelector('[data-testid="print-header"]')?.textContent ?? null;`);
  }
}
