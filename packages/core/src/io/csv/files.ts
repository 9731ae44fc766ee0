/**
 * The file names of the CSV bundle (CSV 一式): one file per entity, in English or Japanese.
 *
 * | entity          | English file        | Japanese file |
 * |-----------------|---------------------|---------------|
 * | `town` (header) | `town.csv`          | `町.csv`      |
 * | `people`        | `people.csv`        | `人物.csv`    |
 * | `projects`      | `projects.csv`      | `事業.csv`    |
 * | `roles`         | `roles.csv`         | `役割.csv`    |
 * | `ties`          | `ties.csv`          | `紐帯.csv`    |
 * | `contributions` | `contributions.csv` | `貢献.csv`    |
 *
 * A name is recognised by its base name (`data/people.csv` is `people.csv`), whatever the
 * case (`People.CSV`) and whatever the width of its characters (NFKC).
 *
 * @module
 */

import type { EntityName } from "../../model/records.js";

/** A table of the CSV bundle: the town header or one of the entities. */
export type CsvTableName = "town" | EntityName;

/** The tables of the bundle in the order they are written: the town header first. */
export const CSV_TABLES: readonly CsvTableName[] = Object.freeze(["town", "people", "projects", "roles", "ties", "contributions"]);

/** The tables a bundle must have; `town.csv` and `contributions.csv` are optional. */
export const CSV_REQUIRED_TABLES: readonly CsvTableName[] = Object.freeze(["people", "projects", "roles", "ties"]);

/** The English and Japanese file name of each table. */
export const CSV_FILE_NAMES: Readonly<Record<CsvTableName, { readonly en: string; readonly ja: string }>> = Object.freeze({
  town: Object.freeze({ en: "town.csv", ja: "町.csv" }),
  people: Object.freeze({ en: "people.csv", ja: "人物.csv" }),
  projects: Object.freeze({ en: "projects.csv", ja: "事業.csv" }),
  roles: Object.freeze({ en: "roles.csv", ja: "役割.csv" }),
  ties: Object.freeze({ en: "ties.csv", ja: "紐帯.csv" }),
  contributions: Object.freeze({ en: "contributions.csv", ja: "貢献.csv" }),
});

const BY_NAME = new Map<string, CsvTableName>();
for (const table of CSV_TABLES) {
  BY_NAME.set(CSV_FILE_NAMES[table].en, table);
  BY_NAME.set(CSV_FILE_NAMES[table].ja.normalize("NFKC"), table);
}

/**
 * The table a file of the bundle holds, from its name: the base name of a path, in English or
 * Japanese, case-insensitive, ending `.csv`, or `.txt` / `.tsv` (what Excel names its "Unicode
 * text" export); `undefined` for any other file (such files are ignored).
 *
 * @example
 * ```ts
 * import { csvTableOfFile } from "@kankei/core/io";
 * csvTableOfFile("export/People.CSV"); // "people"
 * csvTableOfFile("紐帯.csv"); // "ties"
 * csvTableOfFile("人物.txt"); // "people"
 * csvTableOfFile("notes.txt"); // undefined
 * ```
 */
export function csvTableOfFile(name: string): CsvTableName | undefined {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  return BY_NAME.get(base.normalize("NFKC").trim().toLowerCase().replace(/\.(txt|tsv)$/, ".csv"));
}
