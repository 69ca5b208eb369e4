// Page object of the Revisions panel (`RevisionsPanel.svelte`): publish, compare, and the
// grid's "changes since" overlay. Selectors are the UI's data-testid contract.

const PANEL = '[data-testid="revisions"]';

export class Revisions {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Shows the panel (the header's Revisions button) unless it is shown. */
  async open() {
    if ((await this.session.findAll(PANEL)).length === 0) {
      const [toggle] = await this.session.waitForAll('[data-testid="revisions-toggle"]');
      await toggle.click();
    }
    await this.session.waitForAll(PANEL);
    return this;
  }

  async field(testid) {
    const [el] = await this.session.waitForAll(`${PANEL} [data-testid="${testid}"]`);
    return el;
  }

  /** The label the publish form offers. */
  async suggestedLabel() {
    const input = await this.field('revision-label');
    return this.session.cmd('GET', `/element/${input.id}/property/value`);
  }

  /** The labels listed, newest first. */
  labels() {
    return this.session.execute(
      `return [...document.querySelectorAll('${PANEL} [data-testid="revision"]')].map((li) => li.dataset.label);`,
    );
  }

  /** Publishes a revision (the suggested label unless `label`), with `comment` if given; waits until it is listed. */
  async publish({ label, comment } = {}) {
    if (label !== undefined) {
      const input = await this.field('revision-label');
      await this.session.cmd('POST', `/element/${input.id}/clear`, {});
      await this.session.cmd('POST', `/element/${input.id}/value`, { text: label });
    }
    const wanted = label ?? (await this.suggestedLabel());
    if (comment) {
      const input = await this.field('revision-comment');
      await this.session.cmd('POST', `/element/${input.id}/value`, { text: comment });
    }
    await (await this.field('revision-publish')).click();
    await this.session.waitForAll(`${PANEL} [data-testid="revision"][data-label="${wanted}"]`);
    return wanted;
  }

  /** Picks `value` in the select `testid` as a user would (the change event fires). */
  choose(testid, value) {
    return this.session.execute(
      `const s = document.querySelector(arguments[0]);
       s.value = arguments[1];
       s.dispatchEvent(new Event('change', { bubbles: true }));
       return s.value;`,
      [`${PANEL} [data-testid="${testid}"]`, value],
    );
  }

  /**
   * Compares revision `from` with `to` (a label, or null for the current state); answers
   * the listed changes `{ id, kind, text }` once the diff is shown.
   */
  async compare(from, to) {
    await this.choose('compare-from', from);
    await this.choose('compare-to', to ?? '');
    await (await this.field('compare-run')).click();
    const heading = `Changes from ${from} to ${to ?? 'the current state'}`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const shown = await this.session.execute(
        `const d = document.querySelector('${PANEL} [data-testid="diff"]');
         if (!d) return null;
         return { heading: d.querySelector('h3')?.textContent ?? '',
                  items: [...d.querySelectorAll('[data-testid="diff-item"]')].map((li) => ({
                    id: li.dataset.sessionId ?? null, kind: li.dataset.kind,
                    text: li.textContent.replace(/\\s+/g, ' ').trim() })) };`,
      );
      if (shown && shown.heading.includes(heading)) return shown.items;
      if (Date.now() > deadline) throw new Error(`no diff "${heading}" within 10 s: ${JSON.stringify(shown)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The e-mail summary of the comparison shown, once the core has written it. */
  async summary(timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.session.execute(
        `return document.querySelector('${PANEL} [data-testid="summary-text"]')?.value ?? '';`,
      );
      if (text) return text;
      if (Date.now() > deadline) throw new Error(`no e-mail summary within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Turns the grid's "changes since `label`" overlay on. */
  async showChangesSince(label) {
    await this.choose('compare-from', label);
    const toggle = await this.field('changes-since-toggle');
    const on = await this.session.cmd('GET', `/element/${toggle.id}/property/checked`);
    if (!on) await toggle.click();
  }

  /**
   * What the overlay shows of session `id`: its block's `data-change` and the ghosts left
   * where it was (`{ date, change }` each).
   */
  overlayOf(id) {
    return this.session.execute(
      `const id = arguments[0];
       const block = document.querySelector('[data-testid="session"][data-session-id="' + id + '"]');
       const ghosts = [...document.querySelectorAll('[data-testid="change-ghost"][data-session-id="' + id + '"]')];
       return { change: block?.dataset.change ?? null,
                ghosts: ghosts.map((g) => ({ date: g.closest('[data-testid="day-column"]')?.dataset.date ?? null,
                                             change: g.dataset.change ?? null, title: g.getAttribute('title') })) };`,
      [id],
    );
  }
}
