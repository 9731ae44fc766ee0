/**
 * GEXF 1.3 export of a town: the whole history as a *dynamic* graph, so that Gephi's timeline
 * replays who was present, which ties were active and how roles rotated.
 *
 * Format: GEXF 1.3, the Graph Exchange XML Format specification and primer by the GEXF
 * working group, namespace `http://gexf.net/1.3`. Written as text with
 * no DOM, UTF-8 (see `xml.ts` for escaping and for the characters XML 1.0 cannot carry).
 *
 * **What is written.**
 * - `<graph mode="dynamic" defaultedgetype="undirected" timeformat="date"
 *   timerepresentation="interval">`; `<meta>` holds a creator, a description (the town's name,
 *   its `asOf` date and its projects with their lives) and keywords.
 * - One `<node>` per person (id = the person's id, `label` = the name, else the id) with a spell
 *   for the presence `[joined, left)`. Static attributes: `origin`, `sector`, `relationship`,
 *   `joined`, `left`, `tenureEnds` and every extra field of the people (as text; a non-string
 *   value as JSON). Dynamic attributes: `role`, the highest role held in any project (`none`
 *   while present without a role); `roles`, the roles held, e.g. `fan:initiator;market:cooperator`
 *   (highest first, then by project id; project ids percent-encode `%`, `:` and `;`; absent
 *   while none); and, unless `projectRoles: false`, `role:<project id>`, the role in that
 *   project (absent while none). Dynamic values are written in time order.
 * - One `<edge>` per tie record, id `t<index>` (its index in `town.ties`), with a spell for the
 *   tie's period after the cut (domain.md §3) and dynamic attributes `strength`, `kind` and the
 *   ties' extra fields, valid over that same period. A pair of people with several ties over
 *   time therefore gets parallel edges. Gephi may merge the parallel edges of a pair on import
 *   (its edge-merge setting): it then unites their spells and keeps every dynamic value, which
 *   is why the edge attributes are dynamic rather than static.
 * - `weight` (unless `weights: false`): 2 for a strong tie, 1 for a weak one, an *affinity* for
 *   display only (edge thickness). Gephi keeps the first tie's weight when it merges a pair's
 *   ties; `strength` is the faithful value. Note that graphology's betweenness reads `weight`
 *   as a distance: drop it before computing measures on a parsed file.
 * - Every attribute has type `string` (GEXF has no date type). Attribute ids are the field
 *   names above; an extra field whose name clashes with one of them (or with `label`, `weight`)
 *   is written as `extra.<name>`. Titles follow `lang`; ids and values stay code names.
 *
 * **Time: half-open periods as GEXF intervals.** GEXF 1.3 removed the `startopen`/`endopen`
 * attributes of earlier versions: `start` and `end` of a spell or dynamic value are both
 * *inclusive*. The domain's periods are half-open `[from, to)` over whole days, which is the
 * closed interval `[from, to − 1 day]`: so `start` is the first day a person, tie or role is
 * active and `end` is the *last* day it is active (a person who joined on 2019-04-01 and left
 * on 2022-04-01 gets `start="2019-04-01" end="2022-03-31"`). Touching periods, such as a
 * handover on 2021-04-01, then never overlap, as in the domain (Gephi refuses overlapping
 * intervals in one dynamic value). An open end is an omitted `start` or `end`; a person or tie
 * active at all times has no spell. A period that is empty after the cut (`joined = left`, a
 * tie or role cut to nothing) is never active and a closed interval cannot be empty: such a
 * person or tie is left out of the file, and such a role contributes no value. (Gephi reads a
 * date as the instant the day starts, so in its continuous timeline the last day is that
 * instant only; step the timeline by whole days.)
 *
 * **Parsing the output with graphology-gexf.** Its parser (0.13) keeps only the last
 * `<attributes>` block of each class, so every node attribute is declared in one dynamic block:
 * the fields of the person record have attvalues without `start`/`end`, which in a dynamic
 * block hold for the whole time. The file then loads with the parser's default options, each
 * attribute keyed by its id, as text. The parser also reads a dynamic attribute as its last
 * value in the file, which is the latest one in time, and it ignores spells. It builds a
 * multigraph when a pair has several ties.
 *
 * Contributions are not written.
 *
 * @module
 */

import { appendAll } from "../append-all.js";
import type { Span } from "../model/date.js";
import type { Lang } from "../model/labels.js";
import { KNOWN_FIELDS, ROLE_RANK, type RoleName } from "../model/records.js";
import type { Town } from "../model/town.js";
import {
  ATTRIBUTE_TITLES,
  NameClaims,
  XML_DECLARATION,
  assertDistinctXmlIds,
  escapeXmlText,
  extraFieldNames,
  extraText,
  inclusiveDates,
  roleTextToken,
  xmlAttributes,
} from "./xml.js";

/** The XML namespace of GEXF 1.3. */
export const GEXF_NAMESPACE = "http://gexf.net/1.3";

/** Options of {@link toGexf}. */
export interface GexfOptions {
  /**
   * Language of the attribute titles and of the description (default `"en"`). Attribute ids
   * and values stay the code names (`origin` = `local`), whatever the language.
   */
  lang?: Lang;
  /** Write an edge `weight` of 2 for strong and 1 for weak ties, for display (default true). */
  weights?: boolean;
  /** Declare a dynamic attribute `role:<project id>` per project (default true). */
  projectRoles?: boolean;
}

interface HeldRole {
  project: string;
  role: RoleName;
  span: Span;
}

interface AttributeDecl {
  id: string;
  title: string;
}

const STATIC_PERSON_FIELDS = ["origin", "sector", "relationship", "joined", "left", "tenureEnds"] as const;

/** The pieces between consecutive change dates of a person's roles, within the presence. */
function segments(presence: Span, held: readonly HeldRole[]): { span: Span; held: HeldRole[] }[] {
  const points = [...new Set([presence.from, presence.to, ...held.flatMap((h) => [h.span.from, h.span.to])])].sort(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  const out: { span: Span; held: HeldRole[] }[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (from < presence.from || to > presence.to) continue;
    out.push({ span: { from, to }, held: held.filter((h) => h.span.from <= from && to <= h.span.to) });
  }
  return out;
}

/** Merges consecutive pieces with the same value; a piece without a value breaks a run. */
function runs(pieces: readonly { span: Span; value: string | undefined }[]): { span: Span; value: string }[] {
  const out: { span: Span; value: string }[] = [];
  let last: { span: Span; value: string } | undefined;
  for (const p of pieces) {
    if (p.value === undefined) {
      last = undefined;
      continue;
    }
    if (last && last.value === p.value && last.span.to === p.span.from) {
      last.span = { from: last.span.from, to: p.span.to };
    } else {
      last = { span: p.span, value: p.value };
      out.push(last);
    }
  }
  return out;
}

function byRank(a: HeldRole, b: HeldRole): number {
  return ROLE_RANK[b.role] - ROLE_RANK[a.role] || (a.project < b.project ? -1 : a.project > b.project ? 1 : 0);
}

function attvalue(id: string, value: string, span?: Span): string {
  const { start, end } = span ? inclusiveDates(span) : { start: undefined, end: undefined };
  return `<attvalue${xmlAttributes({ for: id, value, start, end })}/>`;
}

function spells(span: Span): string[] {
  const { start, end } = inclusiveDates(span);
  if (start === undefined && end === undefined) return [];
  return ["<spells>", `  <spell${xmlAttributes({ start, end })}/>`, "</spells>"];
}

function declarations(cls: "node" | "edge", mode: "static" | "dynamic", attributes: readonly AttributeDecl[]): string[] {
  return [
    `<attributes class="${cls}" mode="${mode}">`,
    ...attributes.map((a) => `  <attribute${xmlAttributes({ id: a.id, title: a.title, type: "string" })}/>`),
    "</attributes>",
  ];
}

function indent(lines: readonly string[], depth: number): string[] {
  const pad = "  ".repeat(depth);
  return lines.map((l) => pad + l);
}

function describe(town: Town, lang: Lang): string {
  const dash = lang === "ja" ? "〜" : "–";
  const projects = town.projects.map((p) => {
    const id = p.name !== undefined && p.name !== p.id ? ` [${p.id}]` : "";
    const when = p.start !== undefined || p.end !== undefined ? ` ${p.start ?? ""}${dash}${p.end ?? ""}` : "";
    return `${p.name ?? p.id}${id}${when}`;
  });
  const asOf = town.info.asOf;
  if (lang === "ja") {
    return (
      `${town.name}${asOf ? `(${asOf}時点)` : ""}の関係人口ネットワーク。Kankei が出力した動的グラフ。` +
      (projects.length > 0 ? `事業: ${projects.join("、")}。` : "")
    );
  }
  return (
    `Relationship-population network (関係人口) of ${town.name}${asOf ? ` as of ${asOf}` : ""}, a dynamic graph written by Kankei.` +
    (projects.length > 0 ? ` Projects: ${projects.join("; ")}.` : "")
  );
}

/**
 * Writes a town as a GEXF 1.3 dynamic graph for Gephi: people are nodes present over
 * `[joined, left)`, ties are edges (one per tie record, id `t<index>`) active over their
 * period, and the dynamic node attributes `role`, `roles` and `role:<project>` replay the role
 * rotation on Gephi's timeline. See the module documentation for every choice, in particular
 * how half-open periods become inclusive GEXF intervals (`end` is the last active day).
 *
 * The result loads in graphology-gexf's parser with its default options.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { toGexf } from "@kankei/core/io";
 * const town = createTown({
 *   town: { name: "架空町", asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", name: "青木", origin: "local", sector: "government", joined: "2019-04-01", left: "2022-04-01" },
 *     { id: "mori", origin: "outsider" },
 *   ],
 *   projects: [{ id: "fan", name: "ファンクラブ", start: "2019-04-01" }],
 *   roles: [{ person: "aoki", project: "fan", role: "initiator" }],
 *   ties: [{ a: "aoki", b: "mori", strength: "strong", kind: "colleagues" }],
 * });
 * const gexf = toGexf(town, { lang: "ja" });
 * gexf.includes('<spell start="2019-04-01" end="2022-03-31"/>'); // true
 * gexf.includes('<edge id="t0" source="aoki" target="mori" weight="2">'); // true
 * ```
 */
export function toGexf(town: Town, options: GexfOptions = {}): string {
  const lang = options.lang ?? "en";
  const titles = ATTRIBUTE_TITLES[lang];
  const weights = options.weights ?? true;
  assertDistinctXmlIds(
    town.people.map((p) => p.id),
    "person",
  );

  // Attribute ids: the writer's own names first, then the extra fields (renamed on a clash).
  const nodeNames = new NameClaims(["label"]);
  const staticAttrs = STATIC_PERSON_FIELDS.map((f) => ({ field: f as string, id: nodeNames.claim(f), title: titles[f]! }));
  const roleAttr: AttributeDecl = { id: nodeNames.claim("role"), title: titles.role! };
  const rolesAttr: AttributeDecl = { id: nodeNames.claim("roles"), title: titles.roles! };
  const projectAttr = new Map<string, AttributeDecl>();
  if (options.projectRoles ?? true) {
    for (const p of town.projects) {
      const name = p.name ?? p.id;
      projectAttr.set(p.id, {
        id: nodeNames.claim(`role:${p.id}`),
        title: `${titles.projectRole}${name}`,
      });
    }
  }
  for (const f of extraFieldNames(town.people, KNOWN_FIELDS.people)) {
    staticAttrs.push({ field: f, id: nodeNames.claim(f), title: f });
  }
  const edgeNames = new NameClaims(["label", "weight"]);
  const edgeAttrs = ["strength", "kind"].map((f) => ({ field: f, id: edgeNames.claim(f), title: titles[f]! }));
  for (const f of extraFieldNames(town.ties, KNOWN_FIELDS.ties)) {
    edgeAttrs.push({ field: f, id: edgeNames.claim(f), title: f });
  }

  // Role periods after the cut, per person; empty ones are never active.
  const held = new Map<string, HeldRole[]>();
  town.roles.forEach((r, i) => {
    const span = town.roleSpan(i);
    if (!(span.from < span.to)) return;
    let list = held.get(r.person);
    if (!list) held.set(r.person, (list = []));
    list.push({ project: r.project, role: r.role, span });
  });

  const nodes: string[] = [];
  for (const p of town.people) {
    const presence = town.personSpan(p.id);
    if (!(presence.from < presence.to)) continue; // never present: a closed interval cannot be empty
    const values: string[] = [];
    for (const a of staticAttrs) {
      const text = extraText(p[a.field]);
      if (text !== undefined) values.push(attvalue(a.id, text));
    }
    const mine = (held.get(p.id) ?? []).slice().sort((x, y) => (x.span.from < y.span.from ? -1 : x.span.from > y.span.from ? 1 : 0));
    const pieces = segments(presence, mine);
    const highest = runs(pieces.map((s) => ({ span: s.span, value: s.held.slice().sort(byRank)[0]?.role ?? "none" })));
    for (const r of highest) values.push(attvalue(roleAttr.id, r.value, r.span));
    const texts = runs(
      pieces.map((s) => ({
        span: s.span,
        value:
          s.held.length === 0
            ? undefined
            : s.held
                .slice()
                .sort(byRank)
                .map((h) => `${roleTextToken(h.project)}:${h.role}`)
                .join(";"),
      })),
    );
    for (const r of texts) values.push(attvalue(rolesAttr.id, r.value, r.span));
    for (const h of mine) {
      const decl = projectAttr.get(h.project);
      if (decl) values.push(attvalue(decl.id, h.role, h.span));
    }
    appendAll(nodes, [
      `<node${xmlAttributes({ id: p.id, label: p.name ?? p.id })}>`,
      ...indent(["<attvalues>", ...indent(values, 1), "</attvalues>"], 1),
      ...indent(spells(presence), 1),
      "</node>",
    ]);
  }

  const edges: string[] = [];
  town.ties.forEach((e, i) => {
    const span = town.tieSpan(i);
    if (!(span.from < span.to)) return; // never active
    const values: string[] = [];
    for (const a of edgeAttrs) {
      const text = extraText(e[a.field]);
      if (text !== undefined) values.push(attvalue(a.id, text, span));
    }
    const weight = weights ? (e.strength === "strong" ? 2 : 1) : undefined;
    appendAll(edges, [
      `<edge${xmlAttributes({ id: `t${i}`, source: e.a, target: e.b, weight })}>`,
      ...indent(["<attvalues>", ...indent(values, 1), "</attvalues>"], 1),
      ...indent(spells(span), 1),
      "</edge>",
    ]);
  });

  const graph = [
    // One block per class: graphology-gexf keeps only the last <attributes> block of a class, and
    // in a dynamic block an attvalue without start/end holds for the whole time (a static value).
    ...declarations("node", "dynamic", [...staticAttrs, roleAttr, rolesAttr, ...projectAttr.values()]),
    ...declarations("edge", "dynamic", edgeAttrs),
    "<nodes>",
    ...indent(nodes, 1),
    "</nodes>",
    "<edges>",
    ...indent(edges, 1),
    "</edges>",
  ];
  const keywords = lang === "ja" ? "関係人口, 循環モデル, Kankei" : "relationship population, 関係人口, circular model, Kankei";
  const lines = [
    XML_DECLARATION,
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    "  <meta>",
    "    <creator>Kankei (@kankei/core)</creator>",
    `    <description>${escapeXmlText(describe(town, lang))}</description>`,
    `    <keywords>${escapeXmlText(keywords)}</keywords>`,
    "  </meta>",
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">',
    ...indent(graph, 2),
    "  </graph>",
    "</gexf>",
  ];
  return lines.join("\n") + "\n";
}
