/**
 * The circular-model layout (循環モデル配置): people on concentric rings by their highest
 * current role, initiators (仕掛け人) at the centre, then cooperators (協力者), supporters
 * (支援者), participants (参加者), and people with no current role outermost; locals
 * (地域内) on the left half, outsiders (地域外) on the right half; each active project an
 * angular sector, at the same height on both halves (mirrored), so a project reads as a band
 * across the circle with its locals on one side and its outsiders on the other.
 *
 * Each person sits in the sector of their *primary project*: the project where they hold
 * their highest role (ties go to the project listed first). A sector's width is proportional
 * to its people plus one. Inside a cell (ring × sector × side) people are spread evenly by
 * angle, in id order; a crowded cell wraps onto several rows inside the ring's band, so that
 * neighbours stay at least `spacing` apart along the arc where the band allows.
 *
 * Formula, for ring r (0 = initiator … 4 = no role), side s (+1 local, −1 outsider) and a
 * position f ∈ [0, 1] down the half: angle θ = π/2 + s·π·(m + (1 − 2m)·f) with a margin m
 * keeping the halves apart; radius ρ = ringRadius·(r + 1) + band·row/rows. Coordinates are
 * (ρ cos θ, ρ sin θ), y upwards.
 *
 * Complexity: O(n log n) for n people (the sort inside each cell).
 *
 * Source: the circular model of Nakayama Ken'ichirō (関係人口ネットワークに基づく循環モデル),
 * drawn as rings of roles around the project's initiator.
 *
 * @module
 */

import { ROLE_RANK, type Origin, type RoleName } from "@kankei/core";
import { ROLE_KEYS, type RoleKey } from "../display/palette.js";

/** What the layout needs to know about a person. */
export interface CircularPerson {
  id: string;
  origin: Origin;
  /** Highest current role, or null. */
  role: RoleName | null;
  /** Current role per project. */
  roles: Readonly<Record<string, RoleName>>;
}

/** Options of {@link circularLayout}. */
export interface CircularLayoutOptions {
  /** Distance between rings (default 1). */
  ringRadius?: number;
  /** Share of the ring distance a crowded cell may use for extra rows (default 0.7). */
  band?: number;
  /** Smallest arc distance between neighbours in a row (default 0.12). */
  spacing?: number;
  /** Share of each half left empty at the top and the bottom (default 0.03). */
  margin?: number;
}

/** The defaults of {@link CircularLayoutOptions}. */
export const CIRCULAR_DEFAULTS: Readonly<Required<CircularLayoutOptions>> = Object.freeze({
  ringRadius: 1,
  band: 0.7,
  spacing: 0.12,
  margin: 0.03,
});

/** A position in graph coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A project's sector: where it starts and ends down each half, as a share in [0, 1]. */
export interface ProjectSector {
  project: string | null;
  from: number;
  to: number;
}

/** What {@link circularLayout} returns. */
export interface CircularLayout {
  positions: Map<string, Point>;
  /** The sectors, in order (the last, `project: null`, holds people with no role). */
  sectors: ProjectSector[];
}

/**
 * The project where a person holds their highest role (the first listed among equals), or null.
 *
 * @example
 * ```ts
 * import { primaryProject } from "./circular.js";
 * primaryProject({ fan: "supporter", tax: "cooperator" }, ["fan", "tax"]); // "tax"
 * primaryProject({ fan: "supporter", tax: "supporter" }, ["tax", "fan"]); // "tax"
 * primaryProject({}, ["fan"]); // null
 * ```
 */
export function primaryProject(roles: Readonly<Record<string, RoleName>>, projects: readonly string[]): string | null {
  let best: string | null = null;
  let bestRank = 0;
  let bestOrder = Infinity;
  const order = (p: string) => {
    const i = projects.indexOf(p);
    return i < 0 ? projects.length : i;
  };
  for (const [p, role] of Object.entries(roles)) {
    const rank = ROLE_RANK[role];
    const o = order(p);
    if (rank > bestRank || (rank === bestRank && o < bestOrder)) (best = p), (bestRank = rank), (bestOrder = o);
  }
  return best;
}

/**
 * Places people by the circular model (see the module comment).
 *
 * @param people - everyone to place, with their origin and current roles.
 * @param projects - the active projects, in the order their sectors take down each half.
 * @example
 * ```ts
 * import { circularLayout } from "./circular.js";
 * const { positions } = circularLayout(
 *   [
 *     { id: "a", origin: "local", role: "initiator", roles: { fan: "initiator" } },
 *     { id: "b", origin: "outsider", role: "participant", roles: { fan: "participant" } },
 *     { id: "c", origin: "local", role: null, roles: {} },
 *   ],
 *   ["fan"],
 * );
 * Math.round(Math.hypot(positions.get("a").x, positions.get("a").y)); // 1
 * Math.round(Math.hypot(positions.get("b").x, positions.get("b").y)); // 4
 * positions.get("a").x < 0 && positions.get("b").x > 0; // true
 * ```
 */
export function circularLayout(
  people: Iterable<CircularPerson>,
  projects: readonly string[],
  options: CircularLayoutOptions = {},
): CircularLayout {
  const o = { ...CIRCULAR_DEFAULTS, ...options };
  // Cells: ring × sector × side.
  const sectorOf = new Map<string | null, number>(projects.map((p, i) => [p, i]));
  sectorOf.set(null, projects.length);
  const nSectors = projects.length + 1;
  const cells = new Map<number, string[]>();
  const counts = new Float64Array(nSectors);
  for (const person of people) {
    const ring = ROLE_KEYS.indexOf((person.role ?? "none") as RoleKey);
    const primary = person.role === null ? null : primaryProject(person.roles, projects);
    const sector = sectorOf.get(primary) ?? projects.length;
    const side = person.origin === "outsider" ? 1 : 0;
    const key = (ring * nSectors + sector) * 2 + side;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = []));
    cell.push(person.id);
    if (sector < projects.length) counts[sector]!++;
  }
  // Sector widths: people + 1 for projects; the no-role "sector" spans the whole half.
  let total = 0;
  for (let k = 0; k < projects.length; k++) total += counts[k]! + 1;
  const sectors: ProjectSector[] = [];
  let at = 0;
  for (let k = 0; k < projects.length; k++) {
    const w = (counts[k]! + 1) / total;
    sectors.push({ project: projects[k]!, from: at, to: at + w });
    at += w;
  }
  sectors.push({ project: null, from: 0, to: 1 });

  const positions = new Map<string, Point>();
  for (const [key, ids] of cells) {
    const side = key % 2 === 1 ? -1 : 1; // outsiders on the right: angles below π/2
    const sector = Math.floor(key / 2) % nSectors;
    const ring = Math.floor(key / 2 / nSectors);
    const { from, to } = sectors[sector]!;
    const radius = o.ringRadius * (ring + 1);
    const span = (to - from) * Math.PI * (1 - 2 * o.margin);
    // rows so that neighbours along the arc are at least `spacing` apart
    const perRow = Math.max(1, Math.floor((span * radius) / o.spacing));
    const rows = Math.max(1, Math.ceil(ids.length / perRow));
    const cols = Math.ceil(ids.length / rows);
    ids.sort();
    ids.forEach((id, j) => {
      const row = j % rows;
      const col = Math.floor(j / rows);
      const f = from + (to - from) * ((col + 0.5) / cols);
      const theta = Math.PI / 2 + side * Math.PI * (o.margin + (1 - 2 * o.margin) * f);
      const rho = radius + (rows === 1 ? 0 : (o.band * o.ringRadius * row) / rows);
      positions.set(id, { x: rho * Math.cos(theta), y: rho * Math.sin(theta) });
    });
  }
  return { positions, sectors };
}
