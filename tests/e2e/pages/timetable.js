// Page object of the timetable grid. Tests speak in its terms (days, sessions), never in
// selectors; the selectors are the UI's `data-testid` contract.

const SESSION = (id) => `[data-testid="session"][data-session-id="${id}"]`;

/** "HH:MM" to minutes after midnight. */
export function minutes(time) {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

export class Timetable {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Waits until the grid shows sessions (the snapshot has arrived over IPC). */
  async waitUntilShown(timeoutMs = 20_000) {
    await this.session.waitForAll('[data-testid="session"]', { timeoutMs });
    return this;
  }

  /** The text of the header of the day `date` ("2017-09-19"). */
  async dayHeader(date) {
    const [header] = await this.session.waitForAll(`[data-testid="day-header"][data-date="${date}"]`);
    return header.textContent();
  }

  /** The column of the day `date`. */
  async dayColumn(date) {
    const [column] = await this.session.waitForAll(`[data-testid="day-column"][data-date="${date}"]`);
    return column;
  }

  /** The session blocks in the column of `date`. */
  async sessionsInDay(date) {
    return (await this.dayColumn(date)).findAll('[data-testid="session"]');
  }

  /** The session block on `date` whose text includes `title`, or undefined. */
  async sessionInDay(title, date) {
    for (const block of await this.sessionsInDay(date)) {
      if ((await block.textContent()).includes(title)) return block;
    }
    return undefined;
  }

  /** The texts of the session blocks on `date`, for assertion messages. */
  async sessionTitlesInDay(date) {
    return Promise.all((await this.sessionsInDay(date)).map((b) => b.textContent()));
  }

  /**
   * Brings session `id`'s block into the DOM: the grid draws the blocks of the days in or
   * near view only, and a day with many parallel sessions is wide, so a session a few days
   * away is not drawn until its day is scrolled to. Scrolls day by day until it is drawn;
   * answers whether it was found (false: it is on no day, e.g. unscheduled).
   */
  async reveal(id) {
    const drawn = () => this.session.execute(`return !!document.querySelector(arguments[0]);`, [SESSION(id)]);
    if (await drawn()) return true;
    const dates = await this.session.execute(
      `return [...document.querySelectorAll('[data-testid="day-column"]')].map((d) => d.dataset.date);`,
    );
    for (const date of dates) {
      await this.session.execute(
        `document.querySelector('[data-testid="day-column"][data-date="' + arguments[0] + '"]')
           .scrollIntoView({ block: 'nearest', inline: 'center' });`,
        [date],
      );
      for (let i = 0; i < 5; i++) {
        if (await drawn()) return true;
        await new Promise((r) => setTimeout(r, 60));
      }
    }
    return false;
  }

  /**
   * What the grid shows of session `id`: its day, accessible name, conflict mark and
   * whether it waits in the palette; null when it is nowhere. Its day is scrolled to when
   * its block is not drawn (see `reveal`).
   */
  async sessionState(id) {
    const drawn = await this.session.execute(`return !!document.querySelector(arguments[0]);`, [SESSION(id)]);
    const inPalette = await this.session.execute(
      `return !!document.querySelector('[data-testid="palette-session"][data-session-id="' + arguments[0] + '"]');`,
      [id],
    );
    if (!drawn && !inPalette) await this.reveal(id);
    return this.session.execute(
      `const id = arguments[0];
       const el = document.querySelector('[data-testid="session"][data-session-id="' + id + '"]');
       const inPalette = !!document.querySelector('[data-testid="palette-session"][data-session-id="' + id + '"]');
       if (!el) return inPalette ? { inPalette } : null;
       return { date: el.closest('[data-testid="day-column"]')?.dataset.date ?? null,
                label: el.getAttribute('aria-label'), conflict: el.dataset.conflict ?? null, inPalette };`,
      [id],
    );
  }

  /** Waits until `predicate(await sessionState(id))` holds; returns the last state. */
  async waitForSession(id, predicate, what, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let state;
    for (;;) {
      state = await this.sessionState(id);
      if (predicate(state)) return state;
      if (Date.now() > deadline) throw new Error(`session ${id}: waited ${timeoutMs} ms for ${what}; it is ${JSON.stringify(state)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Scrolls `css` into the middle of the grid and returns its viewport rect (null when it is
   * not drawn), once the scroll's event has passed: it comes with the next frame, and a
   * context menu opened before it would close at once.
   */
  rectOf(css) {
    return this.session.executeAsync(
      `const done = arguments[arguments.length - 1];
       const el = document.querySelector(arguments[0]);
       if (!el) return done(null);
       el.scrollIntoView({ block: 'nearest', inline: 'center' });
       requestAnimationFrame(() => setTimeout(() => {
         const r = el.getBoundingClientRect();
         done({ x: r.left, y: r.top, width: r.width, height: r.height });
       }, 0));`,
      [css],
    );
  }

  /**
   * The grid's time scale: first minute shown, pixels per minute, and whether days are rows
   * (time runs left to right) rather than columns (time runs down).
   */
  async scale() {
    return this.session.execute(
      `const g = document.querySelector('[data-testid="grid"]');
       return { start: Number(g.dataset.rangeStart), ppm: Number(g.dataset.pxPerMinute), rows: g.dataset.orientation === 'rows' };`,
    );
  }

  /** `columns` (days as columns) or `rows` (days as rows). */
  async orientation() {
    return (await this.scale()).rows ? 'rows' : 'columns';
  }

  /** Turns the grid to days as `columns` or `rows` with the toolbar's toggle. */
  async setOrientation(orientation) {
    if ((await this.orientation()) === orientation) return;
    const [toggle] = await this.session.waitForAll('[data-testid="orientation"]');
    await toggle.click();
    await this.session.waitForAll(`[data-testid="grid"][data-orientation="${orientation}"]`);
  }

  /**
   * The viewport point of `time` ("HH:MM") in the middle of the day `date` (its column, or
   * its row when days are rows), `along` pixels later in time.
   */
  async pointAt(date, time, along = 0) {
    const day = await this.rectOf(`[data-testid="day-column"][data-date="${date}"]`);
    const { start, ppm, rows } = await this.scale();
    const offset = (minutes(time) - start) * ppm + along;
    return rows ? { x: day.x + offset, y: day.y + day.height / 2 } : { x: day.x + day.width / 2, y: day.y + offset };
  }

  /** Presses at `from`, moves in steps to `to` and releases: W3C pointer actions. */
  async drag(from, to, steps = 10) {
    const moves = [];
    for (let i = 1; i <= steps; i++) {
      moves.push({
        type: 'pointerMove',
        origin: 'viewport',
        duration: 30,
        x: Math.round(from.x + ((to.x - from.x) * i) / steps),
        y: Math.round(from.y + ((to.y - from.y) * i) / steps),
      });
    }
    await this.session.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', duration: 0, x: Math.round(from.x), y: Math.round(from.y) },
          { type: 'pointerDown', button: 0 },
          ...moves,
          { type: 'pause', duration: 150 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  /**
   * Presses on session `id` and moves it over `time` on `date`, and holds it there (the
   * pointer stays down): the grid then shows the drop preview. End with `release()` or
   * `cancelDrag()`.
   */
  async holdSessionOver(id, date, time, steps = 10) {
    const { from, to } = await this.dragPoints(id, date, time);
    const moves = [];
    for (let i = 1; i <= steps; i++) {
      moves.push({
        type: 'pointerMove',
        origin: 'viewport',
        duration: 30,
        x: Math.round(from.x + ((to.x - from.x) * i) / steps),
        y: Math.round(from.y + ((to.y - from.y) * i) / steps),
      });
    }
    await this.session.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', duration: 0, x: Math.round(from.x), y: Math.round(from.y) },
          { type: 'pointerDown', button: 0 },
          ...moves,
        ],
      },
    ]);
  }

  /** Releases the pointer held by `holdSessionOver` (the drop). */
  release() {
    return this.session.perform([
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerUp', button: 0 }] },
    ]);
  }

  /** Cancels a held drag with Escape, then lets go of the pointer (nothing is dropped). */
  async cancelDrag() {
    await this.session.keys(['\uE00C']);
    await this.release();
  }

  /**
   * The drop preview of the drag in progress: `{ preview, title, note }`, where `preview` is
   * the dry run's verdict (`error`, `warning`, `info`, `clear`, or null while it is asked)
   * and `title` its messages; null when no ghost is shown.
   */
  ghost() {
    return this.session.execute(
      `const g = document.querySelector('[data-testid="drag-ghost"]');
       if (!g) return null;
       return { preview: g.dataset.preview ?? null, title: g.getAttribute('title') ?? '',
                note: g.textContent.replace(/\\s+/g, ' ').trim() };`,
    );
  }

  /** Waits until `predicate(await ghost())` holds; returns the last preview. */
  async waitForGhost(predicate, what, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let ghost;
    for (;;) {
      ghost = await this.ghost();
      if (predicate(ghost)) return ghost;
      if (Date.now() > deadline) throw new Error(`drop preview: waited ${timeoutMs} ms for ${what}; it is ${JSON.stringify(ghost)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The viewport rect of session `id`, without scrolling. */
  blockRect(id) {
    return this.session.execute(
      `const r = document.querySelector(arguments[0]).getBoundingClientRect();
       const c = document.querySelector(arguments[0]).closest('[data-testid="day-column"]').getBoundingClientRect();
       return { x: r.left, y: r.top, width: r.width, height: r.height, columnTop: c.top, columnLeft: c.left };`,
      [SESSION(id)],
    );
  }

  /** Drags session `id` by its body so that it starts at `time` on `date` (either orientation). */
  async dragSession(id, date, time) {
    const { from, to } = await this.dragPoints(id, date, time);
    await this.drag(from, to);
  }

  /**
   * Where to press on session `id` and where to let go so it starts at `time` on `date`.
   * Days with many parallel sessions are wide, so the block and its target day may not both
   * fit the window: the grid is scrolled so that the press and the near part of the target
   * day are both in view (as a person would before dragging), and the drop goes there.
   */
  async dragPoints(id, date, time) {
    await this.reveal(id);
    await this.rectOf(SESSION(id));
    const grab = 12;
    const { start, ppm, rows } = await this.scale();
    const at = await this.session.execute(
      `const [sessionCss, dayCss, rows, grab] = arguments;
       const scroller = document.querySelector('[data-testid="grid"]').parentElement;
       const across = (r) => rows ? { from: r.top, to: r.bottom } : { from: r.left, to: r.right };
       const press = () => {
         const b = document.querySelector(sessionCss).getBoundingClientRect();
         return rows ? b.top + Math.min(b.height / 2, 10) : b.left + Math.min(b.width / 2, 30);
       };
       const near = () => {
         const d = across(document.querySelector(dayCss).getBoundingClientRect());
         const p = press();
         if (p >= d.from && p < d.to) return p;
         return p < d.from ? d.from + 30 : d.to - 30;
       };
       const view = across(scroller.getBoundingClientRect());
       const by = (press() + near()) / 2 - (view.from + view.to) / 2;
       if (rows) scroller.scrollTop += by; else scroller.scrollLeft += by;
       const b = document.querySelector(sessionCss).getBoundingClientRect();
       const d = document.querySelector(dayCss).getBoundingClientRect();
       return { press: press(), near: near(), block: { x: b.left, y: b.top }, day: { x: d.left, y: d.top } };`,
      [SESSION(id), `[data-testid="day-column"][data-date="${date}"]`, rows, grab],
    );
    const offset = (minutes(time) - start) * ppm + grab;
    const from = rows ? { x: at.block.x + grab, y: at.press } : { x: at.press, y: at.block.y + grab };
    const to = rows ? { x: at.day.x + offset, y: at.near } : { x: at.near, y: at.day.y + offset };
    return { from, to };
  }

  /**
   * Drags the end or start edge of session `id` to `time` (bottom/top, or right/left when
   * days are rows): as a person does, it selects the session first (a click), then grabs
   * the resize handle the selected block shows.
   */
  async resizeSession(id, edge, time) {
    await this.reveal(id);
    await this.rectOf(SESSION(id));
    await this.select(id);
    const handle = `${SESSION(id)} [data-edge="${edge}"]`;
    await this.session.waitForAll(handle);
    const h = await this.session.execute(
      `const r = document.querySelector(arguments[0]).getBoundingClientRect();
       return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`,
      [handle],
    );
    const block = await this.blockRect(id);
    const { start, ppm, rows } = await this.scale();
    const offset = (minutes(time) - start) * ppm;
    const to = rows ? { x: block.columnLeft + offset, y: h.y } : { x: h.x, y: block.columnTop + offset };
    await this.drag(h, to);
  }

  /**
   * Clicks session `id` (unless it is the one selected) and waits until it is selected and,
   * when the properties panel is open, until its form shows it (the panel turns to a newly
   * selected session a frame after the grid).
   */
  async select(id) {
    const selected = await this.session.execute(`return document.querySelector(arguments[0])?.dataset.selected === 'true';`, [SESSION(id)]);
    if (!selected) {
      const block = await this.blockRect(id);
      await this.clickAt({ x: block.x + block.width / 2, y: block.y + Math.min(block.height / 2, 12) });
      await this.session.waitForAll(`${SESSION(id)}[data-selected="true"]`);
    }
    await this.propertiesShow(id);
  }

  /** Waits until the properties panel shows session `id`, when the panel is open on its session tab. */
  async propertiesShow(id) {
    for (const start = Date.now(); Date.now() - start < 10_000; ) {
      const state = await this.session.execute(
        `const panel = document.querySelector('[data-testid="panel-properties"][data-collapsed="false"]');
         if (!panel || document.querySelector('[data-testid="tab-session"]')?.getAttribute('aria-selected') !== 'true') return 'no panel';
         return document.querySelector('[data-testid="session-form"]')?.dataset.sessionId ?? null;`,
      );
      if (state === 'no panel' || state === id) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`the properties panel did not turn to session ${id}`);
  }

  /** One left click (press and release without moving) at a viewport point. */
  clickAt(p, clicks = 1) {
    const one = [
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ];
    return this.session.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', duration: 0, x: Math.round(p.x), y: Math.round(p.y) },
          ...Array.from({ length: clicks }, () => one).flat(),
        ],
      },
    ]);
  }

  /** A right click at a viewport point (the context menu). */
  rightClickAt(p) {
    return this.session.perform([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', duration: 0, x: Math.round(p.x), y: Math.round(p.y) },
          { type: 'pointerDown', button: 2 },
          { type: 'pointerUp', button: 2 },
        ],
      },
    ]);
  }

  /**
   * The viewport point of `time` in the create gutter of the day `date`: the strip kept free
   * at the end of every day (its right edge in columns, its bottom in rows), beside even
   * the busiest slot.
   */
  async gutterPointAt(date, time) {
    const day = await this.rectOf(`[data-testid="day-column"][data-date="${date}"]`);
    const { start, ppm, rows } = await this.scale();
    const offset = (minutes(time) - start) * ppm;
    return rows ? { x: day.x + offset, y: day.y + day.height - 6 } : { x: day.x + day.width - 6, y: day.y + offset };
  }

  /**
   * The ids of every session in the document, asked of the shell (its read-only `snapshot`
   * command): the grid draws only the blocks near the view, so the page's blocks are not
   * the document's sessions, and a block scrolled into view is not a new session.
   */
  async sessionIds() {
    const ids = await this.session.executeAsync(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke('snapshot').then(
         (s) => done(Object.keys(s.timetable.sessions)),
         (e) => done({ error: String(e) }),
       );`,
    );
    if (!Array.isArray(ids)) throw new Error(`the shell's snapshot: ${JSON.stringify(ids)}`);
    return ids;
  }

  /**
   * Waits for a session of the document whose id is not in `before` (from `sessionIds`),
   * drawn in the page (on the grid or in the palette); answers its id.
   */
  async waitForNewSession(before, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = (await this.sessionIds()).filter((id) => !before.includes(id));
      const drawn = fresh.length
        ? await this.session.execute(
            `return arguments[0].find((id) => document.querySelector('[data-session-id="' + CSS.escape(id) + '"]')) ?? null;`,
            [fresh],
          )
        : null;
      if (drawn) return drawn;
      if (Date.now() > deadline) {
        throw new Error(`no new session drawn within ${timeoutMs} ms (new in the document: ${JSON.stringify(fresh)})`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * The day with the most sessions at one moment (its lanes), and how wide (or, in rows,
   * how tall) its narrowest block is: what says whether parallel sessions are readable.
   */
  busiestDay() {
    return this.session.execute(
      `const rows = document.querySelector('[data-testid="grid"]').dataset.orientation === 'rows';
       let best = null;
       for (const day of document.querySelectorAll('[data-testid="day-column"]')) {
         const blocks = [...day.querySelectorAll('[data-testid="session"]')];
         const breadth = (b) => { const r = b.getBoundingClientRect(); return rows ? r.height : r.width; };
         const narrowest = blocks.length ? Math.min(...blocks.map(breadth)) : Infinity;
         const r = day.getBoundingClientRect();
         const lanes = blocks.length ? Math.round((rows ? r.height : r.width) / Math.max(1, narrowest)) : 0;
         if (!best || lanes > best.lanes) best = { date: day.dataset.date, lanes, narrowest, sessions: blocks.length };
       }
       return best;`,
    );
  }

  /** Drags the palette session `id` onto `date` so that it starts at `time`. */
  async dragFromPalette(id, date, time) {
    const item = await this.rectOf(`[data-testid="palette-session"][data-session-id="${id}"]`);
    const to = await this.pointAt(date, time, 2);
    await this.drag({ x: item.x + item.width / 2, y: item.y + item.height / 2 }, to);
  }

  /** Drags session `id` onto the palette (unscheduling it). */
  async dragToPalette(id) {
    await this.reveal(id);
    const block = await this.rectOf(SESSION(id));
    const palette = await this.rectOf('[data-testid="palette"]');
    await this.drag({ x: block.x + block.width / 2, y: block.y + 12 }, { x: palette.x + palette.width / 2, y: palette.y + palette.height / 2 });
  }
}
