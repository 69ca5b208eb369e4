// ESLint for the UI (`npm run lint`): the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-svelte, plus the import boundary of STYLE.md. Formatting is Prettier's job
// (`npm run format:check`), so no rule here concerns layout.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

const TAURI = {
  regex: "^@tauri-apps/",
  message: "Only src/lib/backend.ts talks to Tauri (STYLE.md: a typed wrapper per command).",
};
const BACKEND = {
  regex: "(^|/)backend$",
  message: "Geometry, drag and state code may not import the IPC layer (STYLE.md: import boundary).",
};

export default defineConfig(
  // Generated from the Rust wire types by `make bindings`; never edited by hand.
  { ignores: ["dist/", "src/bindings/"] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: [".svelte"], svelteConfig },
    },
  },
  {
    // Build configuration and the perf script run in Node, not in the page.
    files: ["*.js", "*.ts", "scripts/**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      // `_`-prefixed names mark a parameter or binding kept for its position (tsc's
      // noUnusedParameters follows the same convention).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      // Off: shared state is `$state.raw`, replaced by a new copy on every change, and the rule
      // cannot tell that local copy (or a deliberately unreactive cache) from reactive state.
      "svelte/prefer-svelte-reactivity": "off",
    },
  },
  {
    // The UI never calls Tauri itself: only the IPC layer (src/lib/backend.ts) does.
    files: ["src/**/*.ts", "src/**/*.svelte"],
    ignores: ["src/lib/backend.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [TAURI] }] },
  },
  {
    // The import boundary (STYLE.md; boundary.test.ts checks the same by test): geometry,
    // drag and state code stays pure, testable without Tauri. Only the IPC layer, its mock
    // and the document store (which sends the open document's commands) use the backend.
    files: ["src/lib/**/*.ts"],
    ignores: ["src/lib/backend.ts", "src/lib/mockBackend.ts", "src/lib/document.svelte.ts", "src/lib/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [BACKEND, TAURI] }] },
  },
);
