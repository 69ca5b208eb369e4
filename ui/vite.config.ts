import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// The Tauri shell loads the dev server at http://localhost:1420 and embeds `dist/` in
// release builds (see tauri.conf.json at the repository root).
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [svelte()],
  clearScreen: false,
  // Component tests mount Svelte's client runtime under jsdom.
  resolve: mode === "test" ? { conditions: ["browser"] } : {},
  server: {
    port: 1420,
    strictPort: true,
    // The dev page may load the repository's example documents (`?document=/@fs/...`).
    fs: { allow: [".."] },
    watch: { ignored: ["**/src-tauri/**", "**/target/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
}));
