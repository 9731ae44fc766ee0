/**
 * The roster of a town at a date (体制の名簿): for every project active at t, its current
 * initiators and candidates, each candidate's ties to those initiators, and for every person
 * the active projects they initiate and their earliest initiator role begun before t. It is
 * everything succession risk (domain.md §4) reads from the town, gathered in one pass.
 *
 * What it means for a town: who holds which role in which project today, and who is tied to
 * whom among them: the part of the network that decides who can take over.
 * 町にとっての意味: いま誰がどの事業でどの役割を担い、その中で誰と誰がつながっているか。引き継ぎを
 * 左右するネットワークの部分である。
 *
 * The what-if (`departureImpact`) builds a roster with some people gone: their roles and ties
 * end at t, so they are neither initiators nor candidates nor tie partners of anyone, and
 * their initiator roles no longer count for anyone's overload or anything else, with one
 * exception (domain.md §4 item 7, revised December 2026): a candidate's tie to a *leaving
 * initiator of the same project*, as it stood at t, is still listed, so that it still gives the
 * tie bonus (the person who worked beside the initiator is the one who can step in).
 *
 * Formula: none; the definitions it gathers are those of §4 items 2–3 (current initiators,
 * candidates = current members whose current role is not initiator, ties active at t,
 * prior = an initiator role whose period after the cut is non-empty and starts before t).
 *
 * Defaults: none; the roster reads no option (the measure's defaults are in `options.ts`).
 *
 * Complexity: O(P + J + R + T·k) for P people, J projects, R role records and T tie records,
 * where k is the number of active projects the tie's ends initiate (small): one pass over
 * the roles and one over the ties, with the Town's cut periods and its id indices; no graph
 * is traversed: the Town's typed arrays of cut periods and record indices (`town.periods()`)
 * mean no lookup by id at all (tie strengths are turned into a typed array once per Town).
 *
 * Sources: Nakayama Ken'ichirō's circular model (roles and stand-ins) and the Hokkaido
 * workation study; Carley's ORA ("immediate impact" removes people and recomputes); Borgatti,
 * "Identifying sets of key players in a social network" (2006), on removing key players.
 *
 * @module
 */

import type { RoleName } from "../../model/records.js";
import { compareIds } from "../../model/ids.js";
import type { Town } from "../../model/town.js";
import type { CandidateRole } from "./options.js";

/** A current member of a project whose current role is not initiator. */
export interface RosterCandidate {
  /** Index in `town.people`. */
  person: number;
  /** The person's id. */
  id: string;
  role: CandidateRole;
  /** Initiators of the project at t (leaving ones included) with a strong tie active at t to this candidate. */
  strongWith: number[];
  /** Initiators of the project at t (leaving ones included) with a weak tie active at t to this candidate. */
  weakWith: number[];
}

/** A project active at t, as succession risk sees it. */
export interface RosterProject {
  /** Index in `town.projects`. */
  index: number;
  /** Position in `Roster.projects`. */
  position: number;
  id: string;
  name: string;
  /** Current initiators (indices in `town.people`), by id. */
  initiators: number[];
  /** In a what-if: the initiators at t who leave (indices), by id; empty otherwise. */
  leaving: number[];
  /** Candidates, in the order of the role records. */
  candidates: RosterCandidate[];
}

/** Everything succession risk reads from a town at a date. */
export interface Roster {
  town: Town;
  /** The day number of t. */
  day: number;
  /** People (indices) who left at t in a what-if; empty for the town as it is. */
  departed: ReadonlySet<number>;
  /** Projects active at t, in file order. */
  projects: RosterProject[];
  /** Person index → positions (in `projects`) of the active projects they initiate at t. */
  initiates: Map<number, number[]>;
  /** Person index → how many active projects they initiate at t (0 for most). */
  initiateCount: Int32Array;
  /** Person index → the earliest of their initiator role records counted by prior, or -1. */
  priorRole: Int32Array;
}

const NOBODY: ReadonlySet<number> = new Set();
const NONE: readonly number[] = Object.freeze([]);

// Tie strengths as a typed array, once per Town (a Town never changes); the periods and the
// indices of every record come from the Town itself (`town.periods()`).
const STRONG = new WeakMap<Town, Uint8Array>();

function strongTies(town: Town): Uint8Array {
  let strong = STRONG.get(town);
  if (strong === undefined) {
    strong = new Uint8Array(town.ties.length);
    for (let i = 0; i < town.ties.length; i++) strong[i] = town.ties[i]!.strength === "strong" ? 1 : 0;
    STRONG.set(town, strong);
  }
  return strong;
}

/** Compares ids by UTF-16 code units ("smaller id" in tie-breaks): the library's one order. */
export { compareIds };

/**
 * Gathers the roster of `town` at day number `day`, without the `departed` people (indices
 * in `town.people`) when given.
 *
 * @example
 * ```ts
 * import { buildRoster } from "./roster.js";
 * import { createTown, dayNumber } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }, { person: "b", project: "p", role: "cooperator" }],
 *   ties: [{ a: "a", b: "b", strength: "strong" }],
 * });
 * const roster = buildRoster(town, dayNumber("2024-04-01")!);
 * roster.projects[0].candidates[0].strongWith; // [0]
 * const after = buildRoster(town, dayNumber("2024-04-01")!, new Set([0])).projects[0];
 * after.initiators; // []
 * after.leaving; // [0]
 * after.candidates[0].strongWith; // [0]
 * ```
 */
export function buildRoster(town: Town, day: number, departed: ReadonlySet<number> = NOBODY): Roster {
  const x = town.periods();
  const tieStrong = strongTies(town);
  const position = new Int32Array(town.projects.length).fill(-1);
  const projects: RosterProject[] = [];
  town.projects.forEach((p, j) => {
    if (x.projectFrom[j]! <= day && day < x.projectTo[j]!) {
      position[j] = projects.length;
      projects.push({ index: j, position: projects.length, id: p.id, name: p.name ?? p.id, initiators: [], leaving: [], candidates: [] });
    }
  });

  // Every candidate, with a linked list of each person's candidacies, to resolve ties.
  const P = town.people.length;
  const firstCandidacy = new Int32Array(P).fill(-1);
  const nextCandidacy = new Int32Array(town.roles.length);
  const candidacyProject = new Int32Array(town.roles.length);
  const candidacies: RosterCandidate[] = [];
  const initiates = new Map<number, number[]>();
  const initiateCount = new Int32Array(P);
  const priorRole = new Int32Array(P).fill(-1);
  const anyoneGone = departed.size > 0;
  // Leaving initiators (a what-if) → positions of the projects they initiate at t.
  const leavingInitiates = new Map<number, number[]>();
  const roles = town.roles;
  for (let i = 0; i < roles.length; i++) {
    const pi = x.rolePerson[i]!;
    const from = x.roleFrom[i]!;
    const to = x.roleTo[i]!;
    const record = roles[i]!;
    const role: RoleName = record.role;
    if (anyoneGone && departed.has(pi)) {
      if (role === "initiator" && from <= day && day < to) {
        const k = position[x.roleProject[i]!]!;
        if (k >= 0) {
          projects[k]!.leaving.push(pi);
          const list = leavingInitiates.get(pi);
          if (list) list.push(k);
          else leavingInitiates.set(pi, [k]);
        }
      }
      continue;
    }
    if (role === "initiator" && from < to && from < day) {
      const earlier = priorRole[pi]!;
      if (earlier < 0 || from < x.roleFrom[earlier]!) priorRole[pi] = i;
    }
    if (!(from <= day && day < to)) continue;
    const k = position[x.roleProject[i]!]!;
    if (k < 0) continue; // cannot happen: a role's period lies within its project's life
    const rp = projects[k]!;
    if (role === "initiator") {
      rp.initiators.push(pi);
      initiateCount[pi]!++;
      const list = initiates.get(pi);
      if (list) list.push(k);
      else initiates.set(pi, [k]);
    } else {
      const c: RosterCandidate = { person: pi, id: record.person, role, strongWith: NONE as number[], weakWith: NONE as number[] };
      rp.candidates.push(c);
      const at = candidacies.length;
      nextCandidacy[at] = firstCandidacy[pi]!;
      candidacyProject[at] = k;
      firstCandidacy[pi] = at;
      candidacies.push(c);
    }
  }
  const people = town.people;
  const byId = (a: number, b: number) => compareIds(people[a]!.id, people[b]!.id);
  for (const rp of projects) {
    if (rp.initiators.length > 1) rp.initiators.sort(byId);
    if (rp.leaving.length > 1) rp.leaving.sort(byId);
  }

  // Ties active at t from an initiator at t (leaving ones included) to a candidate of a project it initiates.
  const T = town.ties.length;
  const link = (u: number, v: number, strong: boolean) => {
    const ks = initiateCount[u] !== 0 ? initiates.get(u)! : anyoneGone ? leavingInitiates.get(u) : undefined;
    if (ks === undefined) return;
    for (let at = firstCandidacy[v]!; at >= 0; at = nextCandidacy[at]!) {
      if (!ks.includes(candidacyProject[at]!)) continue;
      const c = candidacies[at]!;
      // the lists start as the shared empty list: replace it at the first tie
      if (strong) c.strongWith === NONE ? (c.strongWith = [u]) : c.strongWith.push(u);
      else c.weakWith === NONE ? (c.weakWith = [u]) : c.weakWith.push(u);
    }
  };
  for (let i = 0; i < T; i++) {
    if (!(x.tieFrom[i]! <= day && day < x.tieTo[i]!)) continue;
    const a = x.tieA[i]!;
    const b = x.tieB[i]!;
    // A departed person is nobody's candidate (their roles were skipped), so a tie to them
    // links only as a leaving initiator's tie, which counts as it stood at t.
    const strong = tieStrong[i] === 1;
    link(a, b, strong);
    link(b, a, strong);
  }
  return { town, day, departed, projects, initiates, initiateCount, priorRole };
}
