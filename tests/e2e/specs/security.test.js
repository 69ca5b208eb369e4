// The content security policy holds in the real webview: no eval, no inline script, no
// remote content. Each check waits for the browser's own `securitypolicyviolation` report,
// so it fails if the attempt was stopped by anything else (such as a missing network).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';

let app;

before(async () => {
  app = await launchApp();
  await new Timetable(app.session).waitUntilShown();
}, { timeout: 90_000 });

after(async () => {
  await app?.close();
});

/** Runs `attempt` (script text) in the page; answers the CSP directive it violated, or 'none'. */
function violation(attempt) {
  return app.session.executeAsync(`
    const done = arguments[arguments.length - 1];
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    setTimeout(() => done('none'), 1000);
    try { ${attempt} } catch (e) { /* reported through the event */ }
  `);
}

test('eval is refused', async () => {
  assert.match(await violation("new Function('return 1')();"), /^script-src/, "script-src has no 'unsafe-eval'");
});

test('an injected inline script is refused', async () => {
  const directive = await violation(`
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  `);
  assert.match(directive, /^script-src/, "script-src has no 'unsafe-inline'");
  assert.equal(await app.session.execute('return window.__inlineRan === true'), false);
});

test('remote content is refused', async () => {
  assert.match(
    await violation("fetch('https://example.com/').catch(() => {});"),
    /^connect-src/,
    'connect-src allows only the IPC origins',
  );
  assert.match(
    await violation("const i = new Image(); i.src = 'https://example.com/x.png'; document.body.append(i);"),
    /^img-src/,
    'img-src allows only the app and data: URLs',
  );
});
