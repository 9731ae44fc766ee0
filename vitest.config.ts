import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", { test: { name: "cross-package", include: ["test/**/*.test.ts"], setupFiles: ["test/setup/fast-check.ts"], testTimeout: 120_000 } }],
  },
});
