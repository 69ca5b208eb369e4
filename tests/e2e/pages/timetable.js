// Page object of the timetable grid. Tests speak in its terms (days, sessions), never in
// selectors; the selectors are the UI's `data-testid` contract.

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
}
