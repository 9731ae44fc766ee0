/**
 * Atomic writes (src/node/atomic-write.ts, issue 11): a failed, interrupted or killed write
 * leaves the old file or bundle as it was, and a failed one leaves no temporary file behind.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readTownFile, writeFileAtomic, writeFolderAtomic, writeTownFile } from "../../src/node.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const example = join(root, "examples/town/town.json");
const temp = () => mkdtempSync(join(tmpdir(), "kankei-atomic-"));
const asRoot = process.getuid?.() === 0;

describe("writeFileAtomic", () => {
  it("replaces a file whole and leaves nothing beside it", () => {
    const dir = temp();
    const file = join(dir, "town.json");
    writeFileAtomic(file, "old");
    writeFileAtomic(file, ["new ", new TextEncoder().encode("町")]);
    expect(readFileSync(file, "utf8")).toBe("new 町");
    expect(readdirSync(dir)).toEqual(["town.json"]);
  });

  it("leaves the old file and no temporary file when the serializer throws midway", () => {
    const dir = temp();
    const file = join(dir, "town.json");
    writeFileSync(file, "the valid town");
    function* failing() {
      yield "x".repeat(1 << 20);
      throw new RangeError("Invalid string length");
    }
    expect(() => writeFileAtomic(file, failing())).toThrow(RangeError);
    expect(readFileSync(file, "utf8")).toBe("the valid town");
    expect(readdirSync(dir)).toEqual(["town.json"]);
  });

  it.skipIf(asRoot)("leaves the old file when the folder cannot be written", () => {
    const dir = temp();
    const file = join(dir, "town.json");
    writeFileSync(file, "the valid town");
    chmodSync(dir, 0o555);
    try {
      expect(() => writeFileAtomic(file, "new")).toThrow(/EACCES|EPERM/);
      expect(readFileSync(file, "utf8")).toBe("the valid town");
      expect(readdirSync(dir)).toEqual(["town.json"]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it("keeps the permissions of the file it replaces", () => {
    const dir = temp();
    const file = join(dir, "a.txt");
    writeFileSync(file, "old");
    chmodSync(file, 0o600);
    writeFileAtomic(file, "new");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("leaves the old file whole when the writing process is killed midway (SIGKILL)", async () => {
    const dir = temp();
    const file = join(dir, "town.json");
    writeFileSync(file, "the valid town");
    const module = join(root, "packages/core/dist/node.js");
    // a writer that yields a chunk, then waits, forever: killed while the temporary file grows
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(module)});
      const sleep = new Int32Array(new SharedArrayBuffer(4));
      writeFileAtomic(${JSON.stringify(file)}, (function* () { for (;;) { yield "x".repeat(65536); process.stdout.write("."); Atomics.wait(sleep, 0, 0, 20); } })());
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((ok) => {
      let dots = 0;
      child.stdout.on("data", (d: Buffer) => {
        dots += d.length;
        if (dots >= 5) ok();
      });
    });
    child.kill("SIGKILL");
    await new Promise((ok) => child.on("exit", ok));
    expect(readFileSync(file, "utf8")).toBe("the valid town");
    // the killed writer's temporary file is hidden beside it, never under the output's name
    expect(readdirSync(dir).filter((n) => n !== "town.json").every((n) => n.startsWith(".town.json.") && n.endsWith(".tmp"))).toBe(true);
  });
});

describe("writeFolderAtomic and writeTownFile", () => {
  it("leaves the old bundle whole when a file of the new one fails", () => {
    const dir = temp();
    const bundle = join(dir, "csv");
    writeTownFile(readTownFile(example), bundle);
    const before = Object.fromEntries(readdirSync(bundle).map((n) => [n, readFileSync(join(bundle, n), "utf8")]));
    function* failing() {
      yield "id,name\n";
      throw new Error("disk full");
    }
    expect(() => writeFolderAtomic(bundle, { "people.csv": "id\n", "projects.csv": failing(), "roles.csv": "x" })).toThrow("disk full");
    expect(Object.fromEntries(readdirSync(bundle).map((n) => [n, readFileSync(join(bundle, n), "utf8")]))).toEqual(before);
    expect(readdirSync(dir)).toEqual(["csv"]);
  });

  it("replaces a bundle whole, its other table files included", () => {
    const dir = temp();
    const bundle = join(dir, "csv");
    mkdirSync(bundle);
    writeFileSync(join(bundle, "人物.csv"), "ID\n");
    writeTownFile(readTownFile(example), bundle);
    expect(readdirSync(bundle)).not.toContain("人物.csv");
    expect(readdirSync(bundle)).toContain("people.csv");
    expect(readTownFile(bundle).people.length).toBe(readTownFile(example).people.length);
    expect(readdirSync(dir)).toEqual(["csv"]);
  });

  it("writes a JSON town atomically too", () => {
    const dir = temp();
    const file = join(dir, "town.json");
    writeTownFile(readTownFile(example), file);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(example, "utf8"));
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir)).toEqual(["town.json"]);
  });
});
