// Page object of the conflicts panel: conflicts by key, acknowledging them.

export class Conflicts {
  /** @param {import('../lib/webdriver.js').Session} session */
  constructor(session) {
    this.session = session;
  }

  /** Every conflict listed: `{ key, severity, acknowledged, text }`. */
  list() {
    return this.session.execute(
      `return [...document.querySelectorAll('[data-testid="conflicts"] [data-testid="conflict"]')].map((el) => ({
         key: el.dataset.key, severity: el.dataset.severity, acknowledged: el.dataset.acknowledged === 'true',
         text: el.textContent.replace(/\\s+/g, ' ').trim() }));`,
    );
  }

  /** The conflicts whose key starts with `kind` and names session `id`. */
  async about(kind, id) {
    return (await this.list()).filter((c) => c.key.startsWith(`${kind}:`) && c.key.split(/[:+@]/).includes(id));
  }

  /** Acknowledges the conflict `key` with `reason`, as a user would: button, type, OK. */
  async acknowledge(key, reason) {
    const [button] = await this.session.waitForAll(`[data-testid="conflict"][data-key="${key}"] ~ [data-testid="acknowledge"]`);
    await button.click();
    const [input] = await this.session.waitForAll('[data-testid="acknowledge-reason"]');
    await this.session.cmd('POST', `/element/${input.id}/value`, { text: reason });
    const [ok] = await this.session.waitForAll('[data-testid="acknowledge-confirm"]');
    await ok.click();
  }
}
