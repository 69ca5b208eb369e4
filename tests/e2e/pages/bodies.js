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

  /** Waits until the rows are those of `ids`, in that order; returns them. */
  async waitForRows(ids, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows = await this.rows();
      if (JSON.stringify(rows) === JSON.stringify(ids)) return rows;
      if (Date.now() > deadline) throw new Error(`waited for the rows ${ids}; the view shows ${rows}`);
      await new Promise((r) => setTimeout(r, 100));
    }
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
       // Centred: at an edge of the scrolled table, the sticky body column or day headers
       // would lie over it.
       el.scrollIntoView({ block: 'center', inline: 'center' });
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
    const ends = await this.session.execute(
      `const from = document.querySelector(arguments[0]);
       const to = document.querySelector(arguments[1]);
       if (!from || !to) return null;
       // Both ends in view: the table scrolled so that the middle between them is centred.
       const box = from.closest('.scroll');
       const mid = (r) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
       const [f, t, c] = [from, to, box].map((el) => mid(el.getBoundingClientRect()));
       box.scrollLeft += (f.x + t.x) / 2 - c.x;
       box.scrollTop += (f.y + t.y) / 2 - c.y;
       return [from, to].map((el) => mid(el.getBoundingClientRect())).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));`,
      [fromCss, toCss],
    );
    if (!ends) throw new Error(`cannot find ${fromCss} or ${toCss}`);
    const [a, b] = ends;
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

  /**
   * Types a series of bodies ("Q1/2-Q4/2 under WP1/2") and presses Enter: in the tree editor,
   * or with `where: 'view'` in the Bodies view's own field (there also before any body exists).
   */
  async addSeries(text, { where = 'tree' } = {}) {
    const testid = where === 'view' ? 'bodies-series' : 'body-series';
    const [field] = await this.session.waitForAll(`[data-testid="${testid}"]`);
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
