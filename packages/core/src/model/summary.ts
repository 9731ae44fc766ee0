/**
 * A town at a glance: people by highest role and origin, projects with their initiators,
 * ties by strength. What `kankei summary` prints and the viewer's town panel starts from.
 *
 * Complexity: O(P + R + T) for P people, R role records and T tie records.
 *
 * @module
 */

import { ROLES, type IsoDate, type Origin, type RoleName, type Strength } from "./records.js";
import type { Town } from "./town.js";

/** One project in a {@link TownSummary}. */
export interface ProjectSummary {
  id: string;
  name: string;
  lead?: string;
  start?: IsoDate;
  end?: IsoDate;
  /** Active at the date. */
  active: boolean;
  /** Current initiators (ids), empty when orphaned or inactive. */
  initiators: string[];
  /** Current members per role. */
  members: Record<RoleName, number>;
}

/** What {@link summarizeTown} returns. */
export interface TownSummary {
  date: IsoDate;
  people: {
    /** People present at the date. */
    present: number;
    /** People in the records, present or not. */
    recorded: number;
    byOrigin: Record<Origin, number>;
    /** Present people by their highest current role (`none`: no current role) and origin. */
    byRole: Record<RoleName | "none", Record<Origin, number>>;
  };
  projects: ProjectSummary[];
  ties: { active: number; byStrength: Record<Strength, number> };
}

const zeroOrigins = (): Record<Origin, number> => ({ local: 0, outsider: 0 });

/**
 * Summarises a town at a date (default: the town's date).
 *
 * @example
 * ```ts
 * import { createTown, summarizeTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "outsider" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }],
 *   ties: [{ a: "a", b: "b", strength: "weak" }],
 * });
 * const s = summarizeTown(town);
 * s.people.byRole.initiator.local; // 1
 * s.ties.byStrength.weak; // 1
 * ```
 */
export function summarizeTown(town: Town, t?: IsoDate): TownSummary {
  const date = town.date(t);
  const byRole = Object.fromEntries([...ROLES, "none"].map((r) => [r, zeroOrigins()])) as TownSummary["people"]["byRole"];
  const byOrigin = zeroOrigins();
  const present = town.peopleAt(date);
  for (const p of present) {
    byOrigin[p.origin]++;
    byRole[town.highestRoleAt(p.id, date) ?? "none"][p.origin]++;
  }
  const projects = town.projects.map((p): ProjectSummary => {
    const active = town.isActive(p.id, date);
    const members = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<RoleName, number>;
    const ms = active ? town.membersAt(p.id, date) : [];
    for (const m of ms) members[m.role]++;
    const s: ProjectSummary = {
      id: p.id,
      name: p.name ?? p.id,
      active,
      initiators: ms.filter((m) => m.role === "initiator").map((m) => m.person),
      members,
    };
    if (p.lead !== undefined) s.lead = p.lead;
    if (p.start !== undefined) s.start = p.start;
    if (p.end !== undefined) s.end = p.end;
    return s;
  });
  const ties = town.tiesAt(date);
  const byStrength: Record<Strength, number> = { strong: 0, weak: 0 };
  for (const i of ties) byStrength[town.ties[i]!.strength]++;
  return {
    date,
    people: { present: present.length, recorded: town.people.length, byOrigin, byRole },
    projects,
    ties: { active: ties.length, byStrength },
  };
}
