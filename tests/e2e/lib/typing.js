// Typing as a person does, shared by the specs that fill forms in (set-up, the SG2 story).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

import { until } from './until.js';

/**
 * Types `text` into the focused field of `app` as key presses, and checks that it arrived.
 * Text no keyboard layout of the X server has (Chinese) is typed through the X server as a
 * person's input method would deliver it (xdotool maps each character to a spare key).
 */
export async function typeText(app, text) {
  const focused = () => app.session.execute('return document.activeElement?.value ?? null;');
  const before = (await focused()) ?? '';
  if (/^[\u0000-\u00ff]*$/.test(text)) {
    const keys = [];
    for (const ch of text) keys.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    await app.session.perform([{ type: 'key', id: 'keyboard', actions: keys }]);
  } else {
    const env = { ...process.env, DISPLAY: app.display };
    const [id] = execFileSync('xdotool', ['search', '--onlyvisible', '--name', 'Plenary$'], { env, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    execFileSync('xdotool', ['windowfocus', '--sync', id], { env });
    // xdotool remaps a spare key for each such character; a character can be lost when the
    // X server is busy, so each one is checked (and typed again when it did not arrive).
    let typed = before;
    for (const ch of text) {
      for (let attempt = 0; attempt < 3 && (await focused()) !== typed + ch; attempt++) {
        execFileSync('xdotool', ['type', '--delay', '80', ch], { env });
        await new Promise((r) => setTimeout(r, 150));
      }
      typed += ch;
    }
  }
  const value = await until(`"${text}" in the field`, focused, (v) => v === before + text || v === text, 5_000).catch(
    async () => focused(),
  );
  assert.ok(value?.endsWith(text), `the focused field holds what was typed (${text}): ${value}`);
}
