import { defineProject } from "vitest/config";

// Unit tests of the pure display logic (test/<folder> mirrors src/<folder>) and the
// end-to-end tests (test/e2e), which drive the built app (dist/app) in Debian's Chromium.
// The e2e tests build nothing: run `pnpm run build` first (the root `npm test` does).
export default defineProject({
  test: {
    name: "viewer",
    include: ["test/**/*.test.ts"],
    setupFiles: ["../../test/setup/fast-check.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
