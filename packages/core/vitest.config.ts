import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "core",
    include: ["test/**/*.test.ts"],
    setupFiles: ["../../test/setup/fast-check.ts"],
    // Property tests run hundreds of cases; on a busy two-core machine one can take several
    // seconds. The limit only catches a hang; speed is measured by the benchmarks, not here.
    testTimeout: 30_000,
  },
});
