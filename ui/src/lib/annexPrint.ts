/**
 * The annex on paper. The Annex view shows the core's HTML annex in a sandboxed frame, which
 * a page does not break across printed pages; so while printing, the same HTML is put in
 * the page itself, in a shadow root (its stylesheet applies to it alone), without anything
 * that could run: scripts, frames, objects, event-handler attributes and `javascript:` links
 * are dropped (the core writes none; this keeps it so whatever a document holds).
 */

/** The annex's `<style>` text with its `body` rules applied to the annex's own box. */
export function scopedStyle(css: string): string {
  return css.replace(/(^|[\s,{}])(html|body)(?=[\s,{.:#[>])/g, "$1.annex-body");
}

/** The annex `html` as a fragment for a shadow root: its styles, then its body in `.annex-body`. */
export function annexFragment(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  for (const el of parsed.querySelectorAll("script, iframe, object, embed, link, meta, base")) el.remove();
  for (const el of parsed.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || (/^(href|src|action|xlink:href)$/.test(name) && /^\s*javascript:/i.test(attr.value)))
        el.removeAttribute(attr.name);
    }
  }
  const out = doc.createDocumentFragment();
  for (const style of parsed.querySelectorAll("style")) {
    const s = doc.createElement("style");
    s.textContent = scopedStyle(style.textContent ?? "");
    out.append(s);
    style.remove();
  }
  const body = doc.createElement("div");
  body.className = "annex-body";
  const lang = parsed.documentElement.getAttribute("lang");
  if (lang) body.lang = lang;
  const dir = parsed.documentElement.getAttribute("dir");
  if (dir) body.dir = dir;
  body.append(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
  out.append(body);
  return out;
}

/** Svelte action: shows the annex `html` in the element's shadow root (replaced as it changes). */
export function annexPrint(el: HTMLElement, html: string) {
  const root = el.shadowRoot ?? el.attachShadow({ mode: "open" });
  const show = (h: string) => root.replaceChildren(annexFragment(h));
  show(html);
  return { update: show };
}
