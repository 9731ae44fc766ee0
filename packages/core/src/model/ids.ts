/**
 * The order of ids (識別子の順序): one comparison for the whole library, so that "the smaller
 * id" in a tie-break and the order of a tie's two ends mean the same everywhere.
 *
 * What it means for a town: results list people, projects and ties in an order that does not
 * depend on the order of the rows in the town's files, so two analyses of the same town join
 * on the same keys.
 * 町にとっての意味: 結果の並びや紐帯の両端の順がファイルの行の順に左右されないので、同じ町の二つの
 * 分析結果を同じキーで突き合わせられる。
 *
 * Formula: ids compare by UTF-16 code units (JavaScript's `<`), as `Array.prototype.sort`
 * without a comparator does; no locale. A tie's ends are written `a < b`.
 *
 * Defaults: none. Complexity: O(length of the ids).
 *
 * Sources: none (a convention of this library).
 *
 * @module
 */

/**
 * Compares ids by UTF-16 code units: the library's "smaller id".
 *
 * @example
 * ```ts
 * import { compareIds } from "@kankei/core";
 * ["b", "a", "B"].sort(compareIds); // ["B", "a", "b"]
 * ```
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A tie's two ends in the library's one order: `a` is the smaller id. Every result that names
 * a tie by its ends (critical weak ties, local bridges, bridges) uses it, so `${a} ${b}` is an
 * unordered pair's key whatever order the file wrote them in.
 *
 * @example
 * ```ts
 * import { tieEnds } from "@kankei/core";
 * tieEnds({ a: "sato", b: "aoki" }); // { "a": "aoki", "b": "sato" }
 * ```
 */
export function tieEnds(tie: { readonly a: string; readonly b: string }): { a: string; b: string } {
  return tie.a <= tie.b ? { a: tie.a, b: tie.b } : { a: tie.b, b: tie.a };
}
