/**
 * An independent reading of domain.md §4 (revised December 2026), written from its text with
 * only the Town's public questions (`membersAt`, `tiesOf`, `rolesAt`, `roleSpan`): no roster,
 * no typed arrays, no canonical folding. The property tests hold the measure, the what-if and
 * the handover options against it.
 */
import { dayNumber, resolveSuccessionOptions, type SuccessionOptions, type Town } from "../../../src/index.js";

export interface ReferenceProject {
  project: string;
  initiators: string[];
  exposure: number;
  /** Candidates by readiness descending, then id. */
  candidates: { id: string; readiness: number }[];
  bench: number;
  risk: number;
}

/** q(x) of domain.md §4 item 1. */
export function referenceQ(town: Town, id: string, t: string, options: SuccessionOptions): number {
  const o = resolveSuccessionOptions(options);
  const p = town.person(id)!;
  const d = dayNumber(t)!;
  for (const v of [p.tenureEnds, p.left]) {
    if (v === undefined || v === null) continue;
    const x = dayNumber(v)!;
    if (x > d && x <= d + o.horizonDays) return 1;
  }
  return 1 - Math.pow(1 - o.hazards[p.sector ?? "missing"], o.horizonDays / 365);
}

/**
 * Every project active at `t` as §4 defines it, after the `departed` people leave at t (item 7:
 * their roles and ties end, but a candidate's tie to a leaving initiator of the project counts).
 */
export function referenceRisk(town: Town, t: string, options: SuccessionOptions = {}, departed: readonly string[] = []): ReferenceProject[] {
  const o = resolveSuccessionOptions(options);
  const w = o.readiness;
  const gone = new Set(departed);
  const day = dayNumber(t)!;
  const out: ReferenceProject[] = [];
  for (const project of town.projectsAt(t)) {
    const members = town.membersAt(project.id, t);
    const initiators = members.filter((m) => m.role === "initiator" && !gone.has(m.person)).map((m) => m.person);
    const tieable = new Set(members.filter((m) => m.role === "initiator").map((m) => m.person)); // leaving ones included
    let exposure = 1;
    for (const i of initiators) exposure *= referenceQ(town, i, t, options);
    const candidates = members
      .filter((m) => m.role !== "initiator" && !gone.has(m.person))
      .map((m) => {
        const c = m.person;
        const role = m.role as "cooperator" | "supporter" | "participant";
        const ties = town.tiesOf(c, t).filter((e) => tieable.has(e.partner));
        const tie = ties.some((e) => e.strength === "strong") ? w.strongTie : ties.length > 0 ? w.weakTie : 0;
        let prior = 0;
        town.roles.forEach((r, i) => {
          if (r.person !== c || r.role !== "initiator") return;
          const s = town.roleSpan(i);
          if (s.from < s.to && s.from < day) prior = w.prior;
        });
        const other = town.rolesAt(c, t).filter((h) => h.role === "initiator" && h.project !== project.id).length;
        let r = Math.min(1, w.base[role] + tie + prior) * (1 - referenceQ(town, c, t, options));
        if (other >= w.overloadProjects) r *= w.overloadFactor;
        return { id: c, readiness: r };
      })
      .sort((a, b) => b.readiness - a.readiness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let rest = 1;
    for (const c of candidates.slice(0, o.benchDepth)) rest *= 1 - c.readiness;
    const bench = candidates.length === 0 ? 0 : 1 - rest;
    out.push({ project: project.id, initiators: initiators.sort(), exposure, candidates, bench, risk: exposure * (1 - bench) });
  }
  return out;
}
