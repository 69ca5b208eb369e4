// The content security policy holds in the real webview: no eval, no inline script, no
// remote content. Each check waits for the browser's own `securitypolicyviolation` report,
// so it fails if the attempt was stopped by anything else (such as a missing network).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchApp } from '../lib/app.js';
import { Timetable } from '../pages/timetable.js';

let app;

before(async () => {
  app = await launchApp({ example: true });
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

/**
 * Invokes the IPC command `cmd` from the page, as a script injected into the web view would;
 * answers `{ ok, value }` or `{ ok: false, error }`, each as the page received it.
 */
function invokeFromPage(cmd, args) {
  return app.session.executeAsync(
    `const [cmd, args, done] = arguments;
     window.__TAURI_INTERNALS__.invoke(cmd, args).then(
       (value) => done({ ok: true, value: JSON.stringify(value ?? null) }),
       (error) => done({ ok: false, error: typeof error === 'string' ? error : JSON.stringify(error) }));`,
    [cmd, args],
  );
}

test('the web view cannot read or write a file the user did not give it', async () => {
  const passwd = 'root:x:0:';
  const attempts = [
    ['open_document', { path: '/etc/passwd' }],
    ['import_document', { path: '/etc/passwd' }],
    ['recover_entry', { id: '../../../../etc/passwd' }],
    ['plugin:fs|read_text_file', { path: '/etc/passwd' }],
    ['plugin:fs|read_file', { path: '/etc/passwd' }],
    ['plugin:fs|read_dir', { path: '/etc' }],
    ['plugin:fs|exists', { path: '/etc/passwd' }],
    ['save_document', { path: '/tmp/plenary-e2e-written-by-the-page.json', overwrite: true }],
    ['export_document', { path: '/tmp/plenary-e2e-exported-by-the-page.csv', format: 'csv', layout: 'days', lang: 'en' }],
    ['plugin:fs|write_text_file', { path: '/tmp/plenary-e2e-fs-write.txt', data: 'x' }],
  ];
  for (const [cmd, args] of attempts) {
    const answer = await invokeFromPage(cmd, args);
    assert.equal(answer.ok, false, `${cmd} is refused: ${JSON.stringify(answer)}`);
    assert.ok(!JSON.stringify(answer).includes(passwd), `${cmd}: nothing of /etc/passwd reaches the page`);
  }
  const opened = await invokeFromPage('open_document', { path: '/etc/passwd' });
  assert.match(opened.error, /only opens and saves files chosen in its file dialogs/, opened.error);
  const fsRead = await invokeFromPage('plugin:fs|read_text_file', { path: '/etc/passwd' });
  assert.match(fsRead.error, /not allowed|denied|forbidden/i, `the fs plugin is not granted: ${fsRead.error}`);
  const { existsSync } = await import('node:fs');
  for (const path of ['/tmp/plenary-e2e-written-by-the-page.json', '/tmp/plenary-e2e-exported-by-the-page.csv', '/tmp/plenary-e2e-fs-write.txt']) {
    assert.equal(existsSync(path), false, `${path} was not written`);
  }
  const path = await invokeFromPage('document_path', {});
  assert.deepEqual(path, { ok: true, value: 'null' }, 'the open document is still the untitled example');
});
