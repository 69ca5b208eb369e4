// Page object of the Bodies view: one row per body, a column per half-day. Tests speak of
// bodies, dates and slots; the selectors are the UI's data attributes.

const CELL = (body, date, slot) => `[data-cell][data-body="${body}"][data-date="${date}"][data-slot="${slot}"]`;

export class Bodies {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Switches the toolbar to the Bodies view and waits for its rows. */
  async show() {
    const [button] = await this.session.waitForAll('[data-testid="view-bodies"]');
    await button.click();
    await this.session.waitForAll('[data-testid="bodies-view"] tbody tr', { timeoutMs: 20_000 });
    return this;
  }

  /** The bodies of the rows, top to bottom. */
  rows() {
    return this.session.execute(
      `return [...document.querySelectorAll('[data-testid="bodies-view"] tbody tr')].map((r) => r.dataset.testid.replace('bodies-row-', ''));`,
    );
  }

  /** The sessions shown in a cell: `{ id, text, label }` each. */
  meetings(body, date, slot) {
    return this.session.execute(
      `const cell = document.querySelector(arguments[0]);
       if (!cell) return null;
       return [...cell.querySelectorAll('.chip')].map((c) => ({ id: c.dataset.session, text: c.textContent.trim(), label: c.getAttribute('aria-label') }));`,
      [CELL(body, date, slot)],
    );
  }

  /** Whether a cell is marked as in conflict, and how badly (`error`, `warning`, `info`), or null. */
  conflict(body, date, slot) {
    return this.session.execute(
      `const cell = document.querySelector(arguments[0]);
       const m = cell && [...cell.classList].find((c) => c.startsWith('c-'));
       return m ? m.slice(2) : null;`,
      [CELL(body, date, slot)],
    );
  }

  /** Polls until the cell's meetings satisfy `ok`; returns them. */
  async waitForMeetings(body, date, slot, ok, what, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      last = await this.meetings(body, date, slot);
      if (last && ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`waited for ${what}; the cell shows ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The centre of `css` in the viewport, scrolled into view first. */
  centre(css) {
    return this.session.execute(
      `const el = document.querySelector(arguments[0]);
       if (!el) return null;
       el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
       const r = el.getBoundingClientRect();
       return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };`,
      [css],
    );
  }

  /** Clicks a cell (an empty one places the body's meeting there). */
  async clickCell(body, date, slot) {
    const [cell] = await this.session.waitForAll(CELL(body, date, slot));
    await this.centre(CELL(body, date, slot));
    await cell.click();
  }

  /** Clicks the meeting `id` in a cell (selects it). */
  async clickMeeting(body, date, slot, id) {
    const [chip] = await this.session.waitForAll(`${CELL(body, date, slot)} .chip[data-session="${id}"]`);
    await chip.click();
  }

  /** Drags meeting `id` from its cell to another cell with the pointer, as a person would. */
  async dragMeeting(id, from, to, steps = 8) {
    const fromCss = `${CELL(from.body, from.date, from.slot)} .chip[data-session="${id}"]`;
    const toCss = CELL(to.body, to.date, to.slot);
    await this.centre(toCss);
    const a = await this.centre(fromCss);
    const b = await this.centre(toCss);
    if (!a || !b) throw new Error(`cannot find ${a ? toCss : fromCss}`);
    const moves = [];
    for (let i = 1; i <= steps; i++) {
      moves.push({
        type: 'pointerMove',
        origin: 'viewport',
        duration: 30,
        x: Math.round(a.x + ((b.x - a.x) * i) / steps),
        y: Math.round(a.y + ((b.y - a.y) * i) / steps),
      });
    }
    await this.session.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', duration: 0, x: a.x, y: a.y },
          { type: 'pointerDown', button: 0 },
          ...moves,
          { type: 'pause', duration: 100 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  /** Opens the Meeting panel's Bodies section (the tree editor). */
  async showTree() {
    const [tab] = await this.session.waitForAll('[data-testid="tab-meeting"]');
    await tab.click();
    await this.session.waitForAll('[data-testid="body-tree"]');
    await this.session.execute(`document.querySelector('[data-testid="body-tree"]').open = true;`);
  }

  /** Types a series of bodies ("Q1/2-Q4/2 under WP1/2") in the tree editor and presses Enter. */
  async addSeries(text) {
    const [field] = await this.session.waitForAll('[data-testid="body-series"]');
    await field.click();
    await this.session.cmd('POST', `/element/${field.id}/value`, { text: `${text}\uE007` });
  }

  /** Waits until the tree lists body `id`. */
  async waitForTreeBody(id, timeoutMs = 10_000) {
    await this.session.waitForAll(`[data-testid="body-${id}"]`, { timeoutMs });
  }

  /** The depth in the tree (1 for a root) of each body of `ids`. */
  treeLevels(ids) {
    return this.session.execute(
      `return arguments[0].map((id) => document.querySelector('[data-testid="body-' + id + '"]')?.getAttribute('aria-level') ?? null);`,
      [ids],
    );
  }

  /** Scrolls the tree editor to body `id`. */
  scrollTreeTo(id) {
    return this.session.execute(`document.querySelector('[data-testid="body-' + arguments[0] + '"]').scrollIntoView({ block: 'center' });`, [id]);
  }
}
