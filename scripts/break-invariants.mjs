#!/usr/bin/env node
/**
 * Shows that the property tests of role rotation can fail: breaks one rule of the code at a
 * time (a "mutant"), runs the property tests, and checks that they fail, then restores the
 * file. Run it from the repository root: `node scripts/break-invariants.mjs`. It changes files
 * in place while it runs and restores them at the end (also on Ctrl-C); do not run it with
 * uncommitted changes in packages/core/src.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const MUTANTS = [
  {
    name: "handover drops the old initiator instead of stepping back (invariant 3)",
    file: "packages/core/src/rotation/apply-events.ts",
    from: "        d.addRole(from, j, stepBack, date);\n",
    to: "",
    tests: ["packages/core/test/rotation/invariants.test.ts"],
  },
  {
    name: "assign of an initiator ignores the one-initiator rule (invariant 2)",
    file: "packages/core/src/rotation/apply-events.ts",
    from: '        if (role === "initiator") this.checkInitiatorFree(j, t, "role");\n',
    to: "",
    tests: ["packages/core/test/rotation/invariants.test.ts"],
  },
  {
    name: "assign does not end the previous role in the project (invariant 1)",
    file: "packages/core/src/rotation/apply-events.ts",
    from: "        if (held >= 0) d.end(\"roles\", held, date);\n",
    to: "",
    tests: ["packages/core/test/rotation/invariants.test.ts"],
  },
  {
    name: "handover also ends the new initiator's ties (invariant 4)",
    file: "packages/core/src/rotation/apply-events.ts",
    from: '        d.addRole(to, j, "initiator", date);\n',
    to: '        d.addRole(to, j, "initiator", date);\n        for (const k of d.activeTiesOfPerson(to, t)) d.end("ties", k, date);\n',
    tests: ["packages/core/test/rotation/invariants.test.ts"],
  },
  {
    name: "leave rewrites the end of every past tie too (invariant 5)",
    file: "packages/core/src/rotation/apply-events.ts",
    from: '        for (const k of d.activeTiesOfPerson(i, t)) d.end("ties", k, date);\n',
    to: '        for (let k = 0; k < d.ties.length; k++) if (d.ties[k]!.a === d.people[i]!.id || d.ties[k]!.b === d.people[i]!.id) d.end("ties", k, date);\n',
    tests: ["packages/core/test/rotation/invariants.test.ts"],
  },
  {
    name: "succession takes a candidate below the threshold (orphaned iff nobody ready)",
    file: "packages/core/src/simulation/phases/succession.ts",
    from: "s.readiness[0]! >= options.successionThreshold",
    to: "s.readiness[0]! >= options.successionThreshold / 2",
    tests: ["packages/core/test/simulation/properties.test.ts"],
  },
  {
    name: "the step's draws use a clock instead of the seed (replay, resume)",
    file: "packages/core/src/simulation/draws.ts",
    from: "  const base = Math.imul(seed | 0, 0x9e3779b1)",
    to: "  const base = Math.imul((seed | 0) + (performance.now() | 0), 0x9e3779b1)",
    tests: ["packages/core/test/simulation/properties.test.ts"],
  },
  {
    name: "the first step of a run looks at every past tenure end, not only those since the start (resume)",
    file: "packages/core/src/simulation/simulate.ts",
    from: "  let prevDay = startDay;",
    to: "  let prevDay = -Infinity;",
    tests: ["packages/core/test/simulation/properties.test.ts"],
  },
];

const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
};
process.on("SIGINT", () => {
  restore();
  process.exit(130);
});

let caught = 0;
try {
  for (const m of MUTANTS) {
    const text = originals.get(m.file) ?? readFileSync(m.file, "utf8");
    originals.set(m.file, text);
    if (!text.includes(m.from)) throw new Error(`mutant "${m.name}": the text to change is no longer in ${m.file}`);
    writeFileSync(m.file, text.replace(m.from, m.to));
    let failed = false;
    let output = "";
    try {
      execFileSync(".ci/.tools/bin/pnpm", ["exec", "vitest", "run", ...m.tests], { stdio: "pipe", encoding: "utf8", env: { ...process.env, FC_SEED: process.env.FC_SEED ?? "20261123" } });
    } catch (err) {
      failed = true;
      output = `${err.stdout ?? ""}\n${err.stderr ?? ""}`;
    }
    writeFileSync(m.file, text);
    const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
    const failing = [...new Set(plain.split("\n").filter((l) => /^\s*FAIL /.test(l)).map((l) => l.replace(/^\s*FAIL\s+\S+\s+/, "")))].slice(0, 3);
    console.log(`${failed ? "caught  " : "MISSED  "} ${m.name}`);
    for (const f of failing) console.log(`           ${f}`);
    if (failed) caught++;
  }
} finally {
  restore();
}
console.log(`${caught} of ${MUTANTS.length} mutants caught`);
process.exit(caught === MUTANTS.length ? 0 : 1);
