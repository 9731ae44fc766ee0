/**
 * Search by name (名前検索): people whose name or id contains the query, compared after
 * Unicode NFKC normalisation (full-width and half-width forms alike), ignoring case and
 * spaces, so that `佐藤健二`, `佐藤 健二` and `ｻﾄｳ`-style input all find what they should.
 * Names that start with the query come first, then the rest, each in town order.
 *
 * Complexity: O(n · L) for n people and names of length L.
 *
 * @module
 */

import type { IsoDate, Town } from "@kankei/core";

/**
 * The text a search compares: NFKC, lower case, without spaces.
 *
 * @example
 * ```ts
 * import { searchKey } from "./search.js";
 * searchKey("佐藤　健二"); // "佐藤健二"
 * searchKey("ＡＢＣ Def"); // "abcdef"
 * ```
 */
export function searchKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * People matching a query (name or id), those whose name starts with it first; only people
 * present at `t` when `t` is given. An empty query matches nobody.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { searchPeople } from "./search.js";
 * const town = createTown({
 *   people: [
 *     { id: "p1", name: "森 佐藤", origin: "local" },
 *     { id: "p2", name: "佐藤 健二", origin: "local" },
 *     { id: "p3", name: "Mori", origin: "outsider" },
 *   ],
 * });
 * searchPeople(town, "佐藤"); // ["p2", "p1"]
 * searchPeople(town, "mori"); // ["p3"]
 * searchPeople(town, " "); // []
 * ```
 */
export function searchPeople(town: Town, query: string, t?: IsoDate): string[] {
  const q = searchKey(query);
  if (q === "") return [];
  const first: string[] = [];
  const rest: string[] = [];
  const people = t === undefined ? town.people : town.peopleAt(t);
  for (const p of people) {
    const name = searchKey(p.name ?? p.id);
    if (name.startsWith(q)) first.push(p.id);
    else if (name.includes(q) || searchKey(p.id).includes(q)) rest.push(p.id);
  }
  return [...first, ...rest];
}
