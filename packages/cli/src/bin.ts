#!/usr/bin/env node
/**
 * The `kankei` executable. A reader that closes the pipe early (`kankei report … | head -1`)
 * ends the command quietly: EPIPE on stdout or stderr exits with the code so far (0 when the
 * command had succeeded), with no stack trace.
 */
import { main } from "./main.js";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw e;
  });
}

process.exitCode = main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
});
