// Adds up the JSON reports of the test runners and prints CI's closing line:
// `tests: N passed, N failed`. Exits 1 when anything failed or no report exists.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let reports = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`[ci] no report at ${file}: the test run did not finish`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  reports += 1;
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // a test file that fails before running its tests (import error) counts as a failure
  for (const suite of r.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || reports === 0 || passed === 0 ? 1 : 0);
