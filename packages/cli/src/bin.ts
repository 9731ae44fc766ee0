#!/usr/bin/env node
/** The `kankei` executable. */
import { main } from "./main.js";

process.exitCode = main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
});
