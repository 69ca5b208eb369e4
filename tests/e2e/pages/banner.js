// Page object of the error banner (`ErrorBanner.svelte`): what went wrong, by code.

export class ErrorBanner {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Waits for the banner; answers `{ code, text }`. */
  async shown(timeoutMs = 15_000) {
    const [banner] = await this.session.waitForAll('[data-testid="error"]', { timeoutMs });
    return { code: await banner.attribute('data-code'), text: await banner.textContent() };
  }
}
