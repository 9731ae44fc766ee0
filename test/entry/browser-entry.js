// Bundled by runtimes.test.ts with vite for the browser: the library by its package name.
import { parseTown } from "@kankei/core/io";

export const n = parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local" }] }).people.length;
