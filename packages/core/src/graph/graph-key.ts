/**
 * Graph keys: the key of a person's node in the graphology graphs a town hands out
 * (`town.snapshot(t)`, `town.graph`).
 *
 * Any string is a valid id (domain.md §3), but graphology keeps each node's neighbours in plain
 * objects keyed by the neighbour's key, and sigma its display caches the same way: a node keyed
 * `__proto__`, `constructor`, `toString` or another name of `Object.prototype` collides with the
 * prototype (an edge "already exists", a lookup returns a function, an assignment sets the
 * prototype). So the key of a node is its person's id, *except* for those names and for ids
 * that start with {@link GRAPH_KEY_PREFIX}, which get the prefix in front. The mapping is a
 * bijection: {@link idOfGraphKey} undoes {@link graphKeyOf} for every string, and every ordinary
 * id (`g01`, `佐藤`, `1`) is its own key.
 *
 * Complexity: O(1) per id (one set lookup and a prefix test).
 *
 * @module
 */

/** The prefix that guards a graph key: `"kankei:"`. */
export const GRAPH_KEY_PREFIX = "kankei:";

const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/**
 * The key of a person's node in the graphs of a town: the id itself, or the id after
 * {@link GRAPH_KEY_PREFIX} when it names a property of `Object.prototype` or starts with the prefix.
 *
 * @example
 * ```ts
 * import { graphKeyOf } from "@kankei/core";
 * graphKeyOf("g01"); // "g01"
 * graphKeyOf("__proto__"); // "kankei:__proto__"
 * graphKeyOf("kankei:x"); // "kankei:kankei:x"
 * ```
 */
export function graphKeyOf(id: string): string {
  return PROTOTYPE_NAMES.has(id) || id.startsWith(GRAPH_KEY_PREFIX) ? GRAPH_KEY_PREFIX + id : id;
}

/**
 * The person id of a node key of a town's graph: the reverse of {@link graphKeyOf}.
 *
 * @example
 * ```ts
 * import { idOfGraphKey } from "@kankei/core";
 * idOfGraphKey("g01"); // "g01"
 * idOfGraphKey("kankei:constructor"); // "constructor"
 * ```
 */
export function idOfGraphKey(key: string): string {
  return key.startsWith(GRAPH_KEY_PREFIX) ? key.slice(GRAPH_KEY_PREFIX.length) : key;
}
