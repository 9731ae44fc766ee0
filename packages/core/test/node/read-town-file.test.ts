/** readTownFile's limits (src/node.ts, issue 11): a JSON document too large for a string is a FileError, not a stack trace. */
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileError } from "../../src/index.js";
import { MAX_JSON_BYTES, readTownFile } from "../../src/node.js";

describe("readTownFile", () => {
  it("refuses a JSON document over V8's longest string with a FileError naming the file, without reading it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kankei-huge-")), "huge.json");
    writeFileSync(file, "");
    truncateSync(file, MAX_JSON_BYTES + 1); // sparse: nothing is written or read
    const t0 = performance.now();
    let error: unknown;
    try {
      readTownFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).path).toBe(file);
    expect((error as Error).message).toContain("CSV bundle");
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
