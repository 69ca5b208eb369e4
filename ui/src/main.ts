import { mount } from "svelte";
import App from "./App.svelte";
import type { Backend } from "./lib/backend";
import type { Snapshot } from "./bindings/Snapshot";
import { insideTauri, tauriBackend } from "./lib/backend";
import { appTheme, startTheme } from "./lib/theme";
import "./app.css";
import "./print.css";
import { startMark } from "./lib/timing";

startMark("script");

// The appearance first, so that the first frame already has the user's theme.
appTheme.choose = startTheme({
  root: document.documentElement,
  storage: window.localStorage,
  media: window.matchMedia("(prefers-color-scheme: dark)"),
  native: insideTauri()
    ? (theme) =>
        import("@tauri-apps/api/window")
          .then(({ getCurrentWindow }) => getCurrentWindow().setTheme(theme))
          .catch(() => undefined)
    : undefined,
});

/**
 * Inside Tauri the app talks to the shell. In a plain browser (the preview used for
 * screenshots and UI work) it runs on the mock backend with the test fixture, or with
 * `?document=<url>` on a document file fetched from the dev server, e.g.
 * `?document=/@fs/work/main/examples/itu-t-sg12-2017.plenary.json`; with `?replay=<url>`
 * on answers the core recorded, for timing the redraw (see `test/replay.ts`).
 */
async function chooseBackend(): Promise<Backend> {
  if (insideTauri()) return withEarlySnapshot(tauriBackend);
  const replay = new URLSearchParams(window.location.search).get("replay");
  if (replay) return (await import("./test/replay")).replayBackend(replay);
  const [{ mockBackend }, { fixture }, { previewSnapshot }] = await Promise.all([
    import("./lib/mockBackend"),
    import("./test/fixture"),
    import("./test/preview"),
  ]);
  const url = new URLSearchParams(window.location.search).get("document");
  const conflicts = new URLSearchParams(window.location.search).get("conflicts");
  if (!url) return mockBackend(fixture());
  const { snapshot, published } = await previewSnapshot(url, conflicts);
  return mockBackend(snapshot, published);
}

/**
 * `backend` whose first `snapshot()` was asked for now: the shell builds the document's
 * answer while the page mounts its frame (the app's start waited for both in turn).
 */
function withEarlySnapshot(backend: Backend): Backend {
  startMark("snapshot-early");
  let early: Promise<Snapshot> | null = backend.snapshot();
  // Read once, below; a failure is the store's to report then, not an unhandled rejection now.
  early.catch(() => {});
  return {
    ...backend,
    snapshot: () => {
      const answer = early ?? backend.snapshot();
      early = null;
      return answer;
    },
  };
}

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");
mount(App, { target, props: { backend: chooseBackend() } });
