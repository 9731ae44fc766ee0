/**
 * Results as flat tables (分析用の表): any result of the library turned into rows of scalars,
 * ready for a chart, a CSV file, a pandas or Polars data frame, R, or a Parquet file.
 *
 * What it means for a town: a researcher takes every figure, and the people behind it, into
 * the tools of their field without writing a loop per result; each table keeps the keys that
 * join it to the others (a candidate's row carries its project).
 * 町にとっての意味: 研究者がどの結果も、その背後にいる人も含めて、結果ごとに処理を書かずに
 * 自分の分析道具（グラフ、CSV、pandas、Polars、R、Parquet）へ持ち込める。各表は他の表と結びつける
 * キー（候補者の行にはその事業）を持つ。
 *
 * Method: the result is walked once; tables come in the order their fields are first met (the
 * order of the result's fields, whatever the data), the root's first. Its scalar fields, and those of nested plain objects under
 * dotted names (`options.horizonDays`, `outsiders.all`), make one row of the table `name`
 * (default `"result"`). Every array of objects becomes its own table, named by its path from
 * the root (`projects`, `projects.candidates`), one row per item, flattened the same way; an item's
 * identifying field (the first of `project`, `id`, `person`, `tie`) is carried into the rows of
 * its nested tables (as `project`, or `projects.id` when the nested row has a field of that
 * name), so tables join on it. A `Map` becomes a table of `key` and `value`. An array of
 * scalars is one cell, its items joined by `listSeparator` (default `";"`). Values are kept as
 * they are: numbers (NaN and ±Infinity included), strings, booleans and null; `undefined` is
 * null.
 *
 * Defaults: `name` "result", `listSeparator` ";". Complexity: O(size of the result).
 *
 * Sources: Wickham, H. (2014), "Tidy Data", Journal of Statistical Software 59(10) (one table
 * per kind of observation, one row per observation, keys to join them).
 *
 * @module
 */

/** A cell of a table. */
export type Cell = string | number | boolean | null;

/** A row: column name → cell. */
export type Row = Record<string, Cell>;

/** A flat table. */
export interface Table {
  /** The path of the array the rows come from (`"projects.candidates"`), or the root's name. */
  name: string;
  /** Every column, in the order first met. */
  columns: string[];
  rows: Row[];
}

/** Options of {@link toTables}. */
export interface ToTablesOptions {
  /** The name of the root's table (default `"result"`). */
  name?: string;
  /** What joins the items of an array of scalars in one cell (default `";"`). */
  listSeparator?: string;
}

const KEYS = ["project", "id", "person", "tie"] as const;

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof Map) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The name of a nested table: the root's tables are named by their field alone. */
function child(path: string, column: string): string {
  return path === "" ? column : `${path}.${column}`;
}

function isScalar(v: unknown): v is Cell | undefined {
  return v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

class Collector {
  readonly tables = new Map<string, Table>();
  /** Every nested table's name, in the order its field was first met (empty lists included), with where it came from. */
  readonly nested = new Map<string, { parent: string; column: string }>();
  constructor(readonly separator: string, readonly root: string) {}

  table(name: string): Table {
    let t = this.tables.get(name);
    if (t === undefined) this.tables.set(name, (t = { name, columns: [], rows: [] }));
    return t;
  }

  /** Writes the scalars of `value` into `row` (dotted names for nested objects); nested arrays of objects and maps become tables. */
  flatten(value: Record<string, unknown>, path: string, prefix: string, row: Row, keys: Row): void {
    for (const [field, v] of Object.entries(value)) {
      const column = prefix === "" ? field : `${prefix}.${field}`;
      if (isScalar(v)) row[column] = v ?? null;
      else if (v instanceof Map) this.map(v, this.meet(path, column), keys);
      else if (Array.isArray(v)) {
        // an empty list may be a list of ids or of objects: its cell is "" until a table of that name fills
        if (v.length === 0) this.meet(path, column);
        if (v.every(isScalar)) row[column] = v.map((x) => (x === null || x === undefined ? "" : String(x))).join(this.separator);
        else this.array(v, this.meet(path, column), keys);
      } else if (ArrayBuffer.isView(v)) row[column] = Array.from(v as unknown as ArrayLike<number>).join(this.separator);
      else if (isPlain(v)) this.flatten(v, path, column, row, keys);
      else row[column] = String(v);
    }
  }

  /** The name of the nested table of field `column` of the rows of table `path` ("" for the root), noted the first time. */
  meet(path: string, column: string): string {
    const name = child(path, column);
    if (!this.nested.has(name)) this.nested.set(name, { parent: path === "" ? this.root : path, column });
    return name;
  }

  array(items: readonly unknown[], name: string, parentKeys: Row): void {
    const table = this.table(name);
    for (const item of items) {
      const row: Row = {};
      if (isPlain(item)) {
        const own: Row = {};
        this.flatten(item, name, "", own, this.childKeys(name, item, parentKeys));
        for (const [k, v] of Object.entries(parentKeys)) row[k in own ? `${name.split(".").at(-2) ?? "parent"}.${k}` : k] = v;
        Object.assign(row, own);
      } else {
        Object.assign(row, parentKeys);
        row.value = isScalar(item) ? (item ?? null) : Array.isArray(item) ? item.join(this.separator) : String(item);
      }
      this.push(table, row);
    }
  }

  map(map: Map<unknown, unknown>, name: string, parentKeys: Row): void {
    const table = this.table(name);
    for (const [k, v] of map) {
      const row: Row = { ...parentKeys, key: isScalar(k) ? (k ?? null) : String(k) };
      if (isPlain(v)) this.flatten(v, name, "value", row, parentKeys);
      else row.value = isScalar(v) ? (v ?? null) : Array.isArray(v) ? v.join(this.separator) : String(v);
      this.push(table, row);
    }
  }

  /** The keys the nested tables of an item carry: its parents' and its own identifying field. */
  childKeys(name: string, item: Record<string, unknown>, parentKeys: Row): Row {
    const keys: Row = { ...parentKeys };
    for (const k of KEYS) {
      const v = item[k];
      if (typeof v === "string" || typeof v === "number") {
        const singular = name.split(".").at(-1)!;
        keys[k in parentKeys ? `${singular}.${k}` : k] = v;
        break;
      }
    }
    return keys;
  }

  push(table: Table, row: Row): void {
    for (const column of Object.keys(row)) if (!table.columns.includes(column)) table.columns.push(column);
    table.rows.push(row);
  }
}

/**
 * Any result as flat tables (see the module header): the root's scalars in one table, every
 * nested array of objects and every map in tables of their own, with the keys that join them.
 * Rows lack no column: a cell a row does not have is `null`.
 *
 * @example
 * ```ts
 * import { createTown, successionRisk, toTables } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local", sector: "resident" }, { id: "b", origin: "local", sector: "resident" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }, { person: "b", project: "p", role: "cooperator" }],
 * });
 * const tables = toTables(successionRisk(town));
 * tables.map((t) => t.name).slice(0, 4); // ["result", "projects", "projects.initiators", "projects.candidates"]
 * const candidates = tables.find((t) => t.name === "projects.candidates")!;
 * candidates.rows[0].project; // "p"
 * candidates.rows[0].id; // "b"
 * candidates.rows[0]["parts.base"]; // 0.5
 * ```
 */
export function toTables(result: unknown, options: ToTablesOptions = {}): Table[] {
  const name = options.name ?? "result";
  const c = new Collector(options.listSeparator ?? ";", name);
  const root = c.table(name);
  if (result instanceof Map) c.map(result, name, {});
  else if (Array.isArray(result)) c.array(result, name, {});
  else if (isPlain(result)) {
    const row: Row = {};
    c.flatten(result, "", "", row, {});
    c.push(root, row);
  } else c.push(root, { value: isScalar(result) ? (result ?? null) : String(result) });
  // A field that holds a table somewhere is no column of its parent (its empty lists gave "").
  for (const [childName, { parent, column }] of c.nested) {
    const t = c.tables.get(childName);
    const p = c.tables.get(parent);
    if (t === undefined || t.rows.length === 0 || p === undefined) continue;
    p.columns = p.columns.filter((x) => x !== column);
    for (const row of p.rows) delete row[column];
  }
  const order = [name, ...c.nested.keys()];
  const tables = [...c.tables.values()]
    .filter((t) => t.rows.length > 0 || t === root)
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  for (const t of tables) for (const row of t.rows) for (const column of t.columns) if (!(column in row)) row[column] = null;
  return tables;
}
