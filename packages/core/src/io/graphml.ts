/**
 * GraphML export of a town: every person and every tie record, with their dates, for tools
 * that read GraphML (networkx, igraph, Gephi, yEd, Cytoscape, graphology-graphml).
 *
 * Format: GraphML 1.0 as described in the GraphML Primer by Brandes et al. and the GraphML
 * specification of the GraphML working group (namespace `http://graphml.graphdrawing.org/xmlns`),
 * with typed `<key attr.name attr.type>` declarations (the attributes extension). Written as text with no
 * DOM, UTF-8 (see `xml.ts` for escaping and for the characters XML 1.0 cannot carry).
 *
 * **What is written.** One `<graph edgedefault="undirected">`. Its own `<data>` come first
 * (graphology-graphml reads only leading ones): the town's `id`, `name`, `asOf`, its extra
 * fields, and `projects`, the project records as a JSON array (extra fields included).
 * - One `<node>` per person, id = the person's id: `name` (the name, else the id), `label`
 *   (the same, for tools that display `label`, such as Gephi and sigma), `origin`, `sector`,
 *   `relationship`, `joined`, `left`, `tenureEnds` as in the record, every extra field of the
 *   people, and `roles`, the person's role history as text
 *   `project:role:from:to;…` in order of start, e.g. `fan:initiator:2019-04-01:2021-04-01;
 *   fan:supporter:2021-04-01:`. Its periods are those after the cut (domain.md §3), half-open
 *   (`to` excluded), an open end left empty; project ids percent-encode `%`, `:` and `;`.
 * - One `<edge>` per tie record, id `t<index>` (its index in `town.ties`): `strength`, `kind`,
 *   `from`, `to` as in the record, `activeFrom`/`activeTo`, the tie's half-open period after
 *   the cut (absent when open; equal when the tie is never active), and every extra field of
 *   the ties. A pair with several ties over time gets parallel edges (GraphML allows them;
 *   graphology-graphml then builds a multigraph). No edge `weight` is written: tie strength is
 *   not a distance.
 * - Every key is `attr.type="string"` (GraphML has no date type); an extra field's value is
 *   written as text, a non-string value as JSON. Key ids are `d0`, `d1`, …; `attr.name` is the
 *   field's name, and an extra field whose name clashes with one of the names above is written
 *   as `extra.<name>`. With `lang`, each key carries a `<desc>` title in that language.
 *
 * Roles are written per person only (no second graph: graphology-graphml would merge its nodes
 * into the first); the role records' extra fields and the contributions are not written. The
 * GraphML schema types ids as XML name tokens; person ids are written as they are (every
 * common parser accepts any text), so an id with spaces makes the file schema-invalid but
 * readable.
 *
 * @module
 */

import { appendAll } from "../append-all.js";
import type { Lang } from "../model/labels.js";
import { KNOWN_FIELDS } from "../model/records.js";
import type { Town } from "../model/town.js";
import {
  ATTRIBUTE_TITLES,
  NameClaims,
  XML_DECLARATION,
  assertDistinctXmlIds,
  dateOrUndefined,
  escapeXmlText,
  extraFieldNames,
  extraText,
  roleTextToken,
  xmlAttributes,
} from "./xml.js";

/** The XML namespace of GraphML. */
export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

/** Options of {@link toGraphML}. */
export interface GraphMLOptions {
  /** Language of the `<desc>` of each key (default `"en"`); names and values stay code names. */
  lang?: Lang;
}

interface Key {
  id: string;
  domain: "graph" | "node" | "edge";
  name: string;
  desc: string;
  /** The record field it holds, when it holds one. */
  field?: string;
}

function data(key: Key, value: string | undefined): string[] {
  return value === undefined ? [] : [`<data key="${key.id}">${escapeXmlText(value)}</data>`];
}

/**
 * Writes a town as GraphML: people as nodes, one undirected edge per tie record (id
 * `t<index>`, parallel edges allowed), dates and extra fields as string data, each person's
 * role history as a `roles` text and the projects as JSON on the graph. See the module
 * documentation for every choice. graphology-graphml reads the result as it is.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { toGraphML } from "@kankei/core/io";
 * const town = createTown({
 *   town: { name: "架空町", asOf: "2024-04-01" },
 *   people: [{ id: "aoki", name: "青木", origin: "local" }, { id: "mori", origin: "outsider" }],
 *   projects: [{ id: "fan", start: "2019-04-01" }],
 *   roles: [{ person: "aoki", project: "fan", role: "initiator", to: "2021-04-01" }],
 *   ties: [{ a: "aoki", b: "mori", strength: "weak", from: "2020-01-01" }],
 * });
 * const graphml = toGraphML(town);
 * graphml.includes("fan:initiator:2019-04-01:2021-04-01"); // true
 * graphml.includes('<edge id="t0" source="aoki" target="mori">'); // true
 * ```
 */
export function toGraphML(town: Town, options: GraphMLOptions = {}): string {
  const titles = ATTRIBUTE_TITLES[options.lang ?? "en"];
  assertDistinctXmlIds(
    town.people.map((p) => p.id),
    "person",
  );

  const keys: Key[] = [];
  const declare = (domain: Key["domain"], names: NameClaims, name: string, desc: string, field?: string): Key => {
    const key: Key = { id: `d${keys.length}`, domain, name: names.claim(name), desc };
    if (field !== undefined) key.field = field;
    keys.push(key);
    return key;
  };

  const graphNames = new NameClaims();
  const townKeys = [
    declare("graph", graphNames, "id", titles.townId!, "id"),
    declare("graph", graphNames, "name", titles.townName!, "name"),
    declare("graph", graphNames, "asOf", titles.asOf!, "asOf"),
  ];
  const projectsKey = declare("graph", graphNames, "projects", titles.projects!);
  const townExtraKeys = extraFieldNames([town.info], KNOWN_FIELDS.town).map((f) => declare("graph", graphNames, f, f, f));

  const nodeNames = new NameClaims();
  const nameKey = declare("node", nodeNames, "name", titles.name!);
  const labelKey = declare("node", nodeNames, "label", titles.label!);
  const personKeys = ["origin", "sector", "relationship", "joined", "left", "tenureEnds"].map((f) =>
    declare("node", nodeNames, f, titles[f]!, f),
  );
  const rolesKey = declare("node", nodeNames, "roles", titles.roles!);
  const personExtraKeys = extraFieldNames(town.people, KNOWN_FIELDS.people).map((f) => declare("node", nodeNames, f, f, f));

  const edgeNames = new NameClaims();
  const tieKeys = ["strength", "kind", "from", "to"].map((f) => declare("edge", edgeNames, f, titles[f]!, f));
  const activeFromKey = declare("edge", edgeNames, "activeFrom", titles.activeFrom!);
  const activeToKey = declare("edge", edgeNames, "activeTo", titles.activeTo!);
  const tieExtraKeys = extraFieldNames(town.ties, KNOWN_FIELDS.ties).map((f) => declare("edge", edgeNames, f, f, f));

  // Role history per person, by start after the cut, then record order.
  const history = new Map<string, { from: number; index: number; text: string }[]>();
  town.roles.forEach((r, i) => {
    const span = town.roleSpan(i);
    const text = `${roleTextToken(r.project)}:${r.role}:${dateOrUndefined(span.from) ?? ""}:${dateOrUndefined(span.to) ?? ""}`;
    let list = history.get(r.person);
    if (!list) history.set(r.person, (list = []));
    list.push({ from: span.from, index: i, text });
  });

  const body: string[] = [];
  // Data in the order of the key declarations.
  const fieldData = (keys: readonly Key[], record: Readonly<Record<string, unknown>>) =>
    keys.flatMap((k) => data(k, extraText(record[k.field!])));
  appendAll(body, [
    ...fieldData(townKeys, town.info),
    ...data(projectsKey, JSON.stringify(town.projects)),
    ...fieldData(townExtraKeys, town.info),
  ]);

  for (const p of town.people) {
    const roles = (history.get(p.id) ?? [])
      .slice()
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index))
      .map((h) => h.text)
      .join(";");
    const values = [
      ...data(nameKey, p.name ?? p.id),
      ...data(labelKey, p.name ?? p.id),
      ...fieldData(personKeys, p),
      ...data(rolesKey, roles === "" ? undefined : roles),
      ...fieldData(personExtraKeys, p),
    ];
    appendAll(body, [`<node${xmlAttributes({ id: p.id })}>`, ...values.map((v) => "  " + v), "</node>"]);
  }

  town.ties.forEach((e, i) => {
    const span = town.tieSpan(i);
    const values = [
      ...fieldData(tieKeys, e),
      ...data(activeFromKey, dateOrUndefined(span.from)),
      ...data(activeToKey, dateOrUndefined(span.to)),
      ...fieldData(tieExtraKeys, e),
    ];
    appendAll(body, [`<edge${xmlAttributes({ id: `t${i}`, source: e.a, target: e.b })}>`, ...values.map((v) => "  " + v), "</edge>"]);
  });

  const withDesc = options.lang !== undefined;
  const keyLines = keys.map((k) => {
    const attrs = xmlAttributes({ id: k.id, for: k.domain, "attr.name": k.name, "attr.type": "string" });
    return withDesc ? `<key${attrs}><desc>${escapeXmlText(k.desc)}</desc></key>` : `<key${attrs}/>`;
  });

  const lines = [
    XML_DECLARATION,
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...keyLines.map((l) => "  " + l),
    '  <graph edgedefault="undirected">',
    ...body.map((l) => "    " + l),
    "  </graph>",
    "</graphml>",
  ];
  return lines.join("\n") + "\n";
}
