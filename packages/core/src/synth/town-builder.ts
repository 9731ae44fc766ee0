/**
 * The builder behind `generateTown` (see `generate-town.ts` for the model, its defaults and
 * their sources). This file holds the mechanics: how each step of the model is drawn, in
 * which order, and how every record is made valid by construction.
 *
 * Layout: people are numbered 0 … N-1 and split into K contiguous communities; everything
 * about a person lives in typed arrays indexed by that number (origin, sector, relationship,
 * `joined`, `left`, `tenureEnds` as day numbers, with -2^31 and 2^31-1 for an absent date).
 * A community is built in nine steps, its scratch state reused for the next one:
 *
 * 1. people: categories by cumulative rounding of the shares, shuffled; presence; officers'
 *    postings (1 April boundaries); corps arrival, term and departure;
 * 2. projects: start dates (sorted) and lead;
 * 3. initiators: each project's chain of initiators, with prepared successors, step-backs,
 *    orphaning and closure (this fixes the project's end);
 * 4. corps members' cooperation; 5. everyone's other memberships ("careers": a role, then
 *    promotion, step-down or exit);
 * 6. every role cut to its project's life and its person's presence (an end after asOf is
 *    left open, a role cut to nothing is dropped);
 * 7. outsiders' arrival (7–120 days before the first role), departure after their last role,
 *    and who introduced them;
 * 8. the records of people, projects and roles;
 * 9. ties, each pair claimed once in a community bit matrix.
 *
 * Then the ties between communities, deduplicated in a {@link PairSet}.
 *
 * Role segments of a community are kept as parallel number arrays (person, project, role,
 * from, to, first-of-membership); a project's segments are indexed once they are cut. Dates
 * become ISO strings only when a record is written, through a per-day cache, so that every
 * record with the same date shares one string.
 *
 * Complexity: O(N + T + R) time for N people, T tie records and R role records, plus
 * O(communitySize²) per community for the pair matrix (O(N · communitySize) in all);
 * memory O(N) in typed arrays besides the records.
 *
 * @module
 */

import { dayNumber, isoDate } from "../model/date.js";
import {
  RELATIONSHIPS,
  ROLES,
  SECTORS,
  type IsoDate,
  type Lead,
  type PersonRecord,
  type ProjectRecord,
  type RoleRecord,
  type TieRecord,
} from "../model/records.js";
import { mulberry32, type RandomSource } from "../random.js";
import type { ResolvedGenerateTownOptions, SyntheticTownRecords } from "./generate-town.js";
import { PairSet } from "./pair-set.js";

/**
 * Builds the records of a synthetic town from fully resolved options (see `generateTown`,
 * which resolves and checks them).
 *
 * @example
 * ```ts
 * import { SYNTHETIC_TOWN_DEFAULTS } from "./generate-town.js";
 * import { buildSyntheticTown } from "./town-builder.js";
 * const records = buildSyntheticTown({ ...SYNTHETIC_TOWN_DEFAULTS, people: 50 });
 * records.people.length; // 50
 * records.projects.length; // 2
 * ```
 */
export function buildSyntheticTown(options: ResolvedGenerateTownOptions): SyntheticTownRecords {
  return new TownBuilder(options).run();
}

/** An absent `joined`: present since before the history. */
const NEG = -2147483648;
/** An absent `left`, `to` or `end`: open. */
const POS = 2147483647;

// Role codes are indices into ROLES.
const INIT = 0;
const COOP = 1;
const SUPP = 2;
const PART = 3;
const DROPPED = 255;

// Sector codes are indices into SECTORS; OUT is an outsider outside the corps (no sector).
const GOV = SECTORS.indexOf("government");
const BUS = SECTORS.indexOf("business");
const RES = SECTORS.indexOf("resident");
const NPO = SECTORS.indexOf("nonprofit");
const CORPS = SECTORS.indexOf("corps");
const OUT = 254;
const WORK = RELATIONSHIPS.indexOf("work");
const KINSHIP = RELATIONSHIPS.indexOf("kinship");
const NO_RELATIONSHIP = 255;

const LEAD_NAMES: readonly Lead[] = ["public", "mixed", "private"];
const PUBLIC = 0;
const MIXED = 1;
const PRIVATE = 2;

/** Kinds of projects by lead, for display names (the domain's examples, calibration.md's programmes). */
const PROJECT_KINDS: readonly (readonly string[])[] = [
  ["Fan club", "Trial migration", "Vacant-house bank", "Workation programme", "Hometown-tax gifts"],
  ["Workation programme", "Long internship", "Tourism lab", "Hometown-tax gifts", "Relocation support"],
  ["Monthly market", "Hometown shareholders", "Forest school", "Festival", "Event series"],
];

/** How many of people b0 … b1-1 fall in a share: consecutive communities' quotas add up to round(share · N). */
function quota(share: number, b0: number, b1: number): number {
  return Math.round(share * b1) - Math.round(share * b0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Draws on top of the shared seeded generator (`src/random.ts`, Mulberry32: period 2^32, far
 * more than the ~100 draws per person a town takes).
 */
class Dice {
  constructor(readonly next: RandomSource) {}

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [lo, hi], both included. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

class TownBuilder {
  private readonly o: ResolvedGenerateTownOptions;
  private readonly rnd: Dice;
  private readonly N: number;
  /** asOf and the history's first day, as day numbers. */
  private readonly A: number;
  private readonly H0: number;
  private readonly K: number;
  private readonly communityStart: Int32Array;
  private readonly projectStart: Int32Array;
  private readonly ids: string[];
  private readonly projectIds: string[] = [];
  private readonly origin: Uint8Array; // 0 local, 1 outsider
  private readonly sector: Uint8Array;
  private readonly relationship: Uint8Array;
  private readonly joined: Int32Array;
  private readonly left: Int32Array;
  private readonly tenure: Int32Array;
  private readonly relationshipCum: number[];
  private readonly dateBase: number;
  private readonly dates: (string | undefined)[];
  private readonly aprilBase: number;
  private readonly aprils: number[] = [];
  private readonly idWidth: number;
  private readonly projectIdWidth: number;

  private readonly people: PersonRecord[] = [];
  private readonly projects: ProjectRecord[] = [];
  private readonly roles: RoleRecord[] = [];
  private readonly ties: TieRecord[] = [];

  // --- per-community scratch -----------------------------------------------------------------
  private b0 = 0;
  private n = 0;
  private j0 = 0;
  private nj = 0;
  private communityId = "";
  private readonly cat: Uint8Array;
  private officers: number[] = [];
  private others: number[] = [];
  private corps: number[] = [];
  private outs: number[] = [];
  private locals: number[] = [];
  private posts: (number[] | undefined)[] = [];
  private readonly busy: Int32Array;
  private readonly firstRole: Int32Array;
  private readonly firstProject: Int32Array;
  private readonly lastEnd: Int32Array;
  private readonly openRole: Uint8Array;
  private readonly recruiter: Int32Array;
  private readonly recruitStrong: Uint8Array;
  private member: Uint8Array;
  private pairs: Uint8Array;
  private jStart: number[] = [];
  private jEnd: number[] = [];
  private jLead: number[] = [];
  private jDone: number[] = [];
  private sP: number[] = [];
  private sJ: number[] = [];
  private sR: number[] = [];
  private sF: number[] = [];
  private sT: number[] = [];
  private sEntry: number[] = [];
  private bySeg: number[][] = [];
  private active = 0;
  private activeStrong = 0;

  constructor(o: ResolvedGenerateTownOptions) {
    this.o = o;
    this.rnd = new Dice(mulberry32(o.seed));
    const N = (this.N = o.people);
    this.A = dayNumber(o.asOf)!;
    this.H0 = dayNumber(shiftYears(o.asOf, -o.years))!;
    const K = (this.K = Math.max(1, Math.round(N / o.communitySize)));
    this.communityStart = new Int32Array(K + 1);
    for (let k = 0; k <= K; k++) this.communityStart[k] = Math.round((k * N) / K);
    const P = Math.max(1, Math.round(N / o.peoplePerProject));
    this.projectStart = new Int32Array(K + 1);
    for (let k = 1; k <= K; k++) {
      const c = this.communityStart[k]!;
      this.projectStart[k] = Math.max(this.projectStart[k - 1]! + 1, Math.round((c * P) / N));
    }
    this.idWidth = Math.max(6, String(N - 1).length);
    this.projectIdWidth = Math.max(5, String(this.projectStart[K]! - 1).length);
    this.ids = new Array<string>(N);
    this.origin = new Uint8Array(N);
    this.sector = new Uint8Array(N);
    this.relationship = new Uint8Array(N).fill(NO_RELATIONSHIP);
    this.joined = new Int32Array(N).fill(NEG);
    this.left = new Int32Array(N).fill(POS);
    this.tenure = new Int32Array(N).fill(POS);
    let acc = 0;
    this.relationshipCum = RELATIONSHIPS.map((r) => (acc += o.relationshipWeights[r]));
    this.dateBase = this.H0 - 800;
    this.dates = new Array<string | undefined>(this.A + 366 * (o.corpsTermYears + 4) - this.dateBase);
    this.aprilBase = Number(isoDate(this.H0).slice(0, 4)) - 8;

    let maxN = 0;
    let maxJ = 0;
    for (let k = 0; k < K; k++) {
      maxN = Math.max(maxN, this.communityStart[k + 1]! - this.communityStart[k]!);
      maxJ = Math.max(maxJ, this.projectStart[k + 1]! - this.projectStart[k]!);
    }
    this.cat = new Uint8Array(maxN);
    this.busy = new Int32Array(maxN);
    this.firstRole = new Int32Array(maxN);
    this.firstProject = new Int32Array(maxN);
    this.lastEnd = new Int32Array(maxN);
    this.openRole = new Uint8Array(maxN);
    this.recruiter = new Int32Array(maxN);
    this.recruitStrong = new Uint8Array(maxN);
    this.member = new Uint8Array(maxN * maxJ);
    this.pairs = new Uint8Array(maxN * maxN);
  }

  run(): SyntheticTownRecords {
    for (let k = 0; k < this.K; k++) this.community(k);
    this.bridges();
    const o = this.o;
    return {
      town: {
        id: `synthetic-${o.seed}`,
        name: `Synthetic town (seed ${o.seed}, ${o.people} people)`,
        asOf: o.asOf,
        historyStart: this.date(this.H0),
        seed: String(o.seed),
      },
      people: this.people,
      projects: this.projects,
      roles: this.roles,
      ties: this.ties,
      contributions: [],
    };
  }

  // --- dates ---------------------------------------------------------------------------------

  private date(d: number): string {
    const k = d - this.dateBase;
    if (k >= 0 && k < this.dates.length) return (this.dates[k] ??= isoDate(d));
    return isoDate(d);
  }

  /** 1 April of year y, as a day number. */
  private april(y: number): number {
    const k = y - this.aprilBase;
    if (k >= 0) {
      const v = this.aprils[k];
      if (v !== undefined) return v;
      return (this.aprils[k] = dayNumber(`${pad(y, 4)}-04-01`)!);
    }
    return dayNumber(`${pad(y, 4)}-04-01`)!;
  }

  /** The first 1 April on or after day d. */
  private aprilOnOrAfter(d: number): number {
    const y = Number(this.date(d).slice(0, 4));
    const a = this.april(y);
    return a >= d ? a : this.april(y + 1);
  }

  private firstOfMonth(d: number): number {
    return d - Number(this.date(d).slice(8, 10)) + 1;
  }

  private years(y: number): number {
    return Math.round(y * 365.25);
  }

  private present(x: number): boolean {
    return this.joined[x]! <= this.A && this.A < this.left[x]!;
  }

  // --- one community -------------------------------------------------------------------------

  private community(k: number): void {
    const b0 = (this.b0 = this.communityStart[k]!);
    const n = (this.n = this.communityStart[k + 1]! - b0);
    this.j0 = this.projectStart[k]!;
    const nj = (this.nj = this.projectStart[k + 1]! - this.j0);
    this.communityId = `n${pad(k, Math.max(4, String(this.K - 1).length))}`;
    this.busy.fill(NEG, 0, n);
    this.firstRole.fill(NEG, 0, n);
    this.firstProject.fill(-1, 0, n);
    this.lastEnd.fill(NEG, 0, n);
    this.openRole.fill(0, 0, n);
    this.recruiter.fill(-1, 0, n);
    this.recruitStrong.fill(0, 0, n);
    this.member.fill(0, 0, n * nj);
    this.pairs.fill(0, 0, n * n);
    this.sP.length = this.sJ.length = this.sR.length = this.sF.length = this.sT.length = this.sEntry.length = 0;

    this.assignPeople(b0, b0 + n);
    this.launchProjects();
    for (let jl = 0; jl < nj; jl++) this.chain(jl);
    this.corpsRoles();
    this.involvements();
    this.clampRoles();
    this.outsiderPresence();
    this.emitPeople();
    this.emitProjects();
    this.emitRoles();
    this.communityTies();
  }

  /** Step 1: who is who, and when present. */
  private assignPeople(b0: number, b1: number): void {
    const { o, rnd, A, H0 } = this;
    const n = b1 - b0;
    const nOut = quota(o.outsiderShare, b0, b1);
    const nCorps = Math.min(nOut, quota(o.outsiderShare * o.corpsShare, b0, b1));
    const nLoc = n - nOut;
    const ls = 1 - o.outsiderShare;
    let nGov = Math.min(nLoc, quota(ls * o.officerShare, b0, b1));
    let nBus = Math.min(nLoc - nGov, quota(ls * o.businessShare, b0, b1));
    let nNpo = Math.min(nLoc - nGov - nBus, quota(ls * o.nonprofitShare, b0, b1));
    if (nGov === 0 && nLoc >= 2 && o.officerShare > 0) {
      // every community has an officer to run its municipal projects
      nGov = 1;
      if (nGov + nBus + nNpo > nLoc) {
        if (nBus > 0) nBus--;
        else nNpo--;
      }
    }
    const cat = this.cat;
    let c = 0;
    for (let i = 0; i < nGov; i++) cat[c++] = GOV;
    for (let i = 0; i < nBus; i++) cat[c++] = BUS;
    for (let i = 0; i < nNpo; i++) cat[c++] = NPO;
    while (c < nLoc) cat[c++] = RES;
    for (let i = 0; i < nCorps; i++) cat[c++] = CORPS;
    while (c < n) cat[c++] = OUT;
    for (let i = n - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      const t = cat[i]!;
      cat[i] = cat[j]!;
      cat[j] = t;
    }

    this.officers = [];
    this.others = [];
    this.corps = [];
    this.outs = [];
    this.locals = [];
    this.posts = new Array<number[] | undefined>(n);
    const [rotMin, rotMax] = o.rotationYears;
    const fyH0 = Number(this.date(H0).slice(0, 4)) - (this.april(Number(this.date(H0).slice(0, 4))) > H0 ? 1 : 0);
    for (let l = 0; l < n; l++) {
      const x = b0 + l;
      this.ids[x] = `p${pad(x, this.idWidth)}`;
      const s = cat[l]!;
      if (s === GOV || s === BUS || s === RES || s === NPO) {
        this.origin[x] = 0;
        this.sector[x] = s;
        this.locals.push(x);
        if (s === GOV) {
          // postings: 1 April boundaries, 2–3 years apart, from before the history to after asOf
          const bounds: number[] = [];
          let y = fyH0 - rnd.int(rotMax);
          for (;;) {
            const b = this.april(y);
            bounds.push(b);
            if (b > A) break;
            y += rnd.range(rotMin, rotMax);
          }
          this.posts[l] = bounds;
          this.tenure[x] = bounds[bounds.length - 1]!;
          this.officers.push(x);
        } else {
          if (rnd.chance(o.localJoinShare)) this.joined[x] = H0 + 1 + rnd.int(Math.max(1, A - H0 - 90));
          if (rnd.chance(o.localLeaveShare)) {
            const lo = Math.max(this.joined[x]!, H0) + 365;
            if (lo < A) this.left[x] = lo + rnd.int(A - lo);
          }
          this.others.push(x);
        }
      } else if (s === CORPS) {
        this.origin[x] = 1;
        this.sector[x] = CORPS;
        this.relationship[x] = WORK;
        const j = this.firstOfMonth(H0 + 31 + rnd.int(Math.max(1, A - H0 - 91)));
        const term = dayNumber(shiftYears(this.date(j), o.corpsTermYears))!;
        this.joined[x] = j;
        this.tenure[x] = term;
        if (rnd.chance(o.corpsEarlyLeaveShare)) {
          const l2 = this.firstOfMonth(j + 180 + rnd.int(Math.max(1, term - j - 240)));
          if (l2 <= A && l2 < term) this.left[x] = l2;
        } else if (term <= A && !rnd.chance(o.corpsStayShare)) {
          this.left[x] = term;
        }
        this.corps.push(x);
      } else {
        this.origin[x] = 1;
        this.sector[x] = OUT;
        const r = rnd.next() * this.relationshipCum[this.relationshipCum.length - 1]!;
        let ri = 0;
        while (ri < RELATIONSHIPS.length - 1 && r >= this.relationshipCum[ri]!) ri++;
        this.relationship[x] = ri;
        this.outs.push(x);
      }
    }
  }

  /** Step 2: the community's projects, in order of start. */
  private launchProjects(): void {
    const { o, rnd, A, H0, nj } = this;
    const starts: number[] = [];
    for (let jl = 0; jl < nj; jl++) {
      starts.push(rnd.chance(o.initialProjectShare) ? H0 : this.firstOfMonth(H0 + 30 + rnd.int(Math.max(1, A - 210 - H0))));
    }
    starts.sort((a, b) => a - b);
    this.jStart = starts;
    this.jEnd = starts.map(() => POS);
    this.jLead = starts.map(() => {
      const r = rnd.next();
      return r < o.publicShare ? PUBLIC : r < o.publicShare + o.mixedShare ? MIXED : PRIVATE;
    });
    this.jDone = [];
  }

  private isMember(x: number, jl: number): boolean {
    return this.member[(x - this.b0) * this.nj + jl] === 1;
  }

  private addSeg(x: number, jl: number, role: number, from: number, to: number): void {
    const m = (x - this.b0) * this.nj + jl;
    this.sEntry.push(this.member[m] === 1 ? 0 : 1);
    this.member[m] = 1;
    this.sP.push(x);
    this.sJ.push(jl);
    this.sR.push(role);
    this.sF.push(from);
    this.sT.push(to);
  }

  /** The end of the officer's posting that includes day t (the next boundary after t). */
  private postingEnd(x: number, t: number): number {
    const bounds = this.posts[x - this.b0]!;
    for (const b of bounds) if (b > t) return b;
    return POS;
  }

  /** An officer to initiate project jl from day t; -1 when none can. */
  private pickOfficer(t: number, jl: number, successor: boolean): number {
    const m = this.officers.length;
    if (m === 0) return -1;
    const start = this.rnd.int(m);
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < m; i++) {
      const x = this.officers[(start + i) % m]!;
      if (this.isMember(x, jl)) continue;
      let score = 1;
      if (this.busy[x - this.b0]! <= t) score += 4;
      if (successor ? this.posts[x - this.b0]!.includes(t) : this.postingEnd(x, t) - t >= 365) score += 2;
      if (score > bestScore) {
        best = x;
        bestScore = score;
        if (score === 7) break;
      }
    }
    return best;
  }

  /** A local (not an officer) or a corps member who stayed on, to start or take over jl at day t. */
  private pickLocal(t: number, jl: number, since: number): number {
    const { rnd } = this;
    if (this.corps.length > 0 && rnd.chance(0.25)) {
      const m = this.corps.length;
      const start = rnd.int(m);
      for (let i = 0; i < m; i++) {
        const x = this.corps[(start + i) % m]!;
        if (this.tenure[x]! <= t && this.left[x] === POS && this.joined[x]! <= t - since && !this.isMember(x, jl)) return x;
      }
    }
    const m = this.others.length;
    if (m === 0) return -1;
    for (let tries = 0; tries < 40; tries++) {
      const x = this.others[rnd.int(m)]!;
      if (this.sector[x] === RES && rnd.chance(0.5)) continue; // firms and nonprofits start projects more often
      if (this.joined[x]! <= t - since && (this.left[x] === POS || this.left[x]! > t + 730) && !this.isMember(x, jl)) return x;
    }
    const start = rnd.int(m);
    for (let i = 0; i < m; i++) {
      const x = this.others[(start + i) % m]!;
      if (this.joined[x]! <= t && this.left[x]! > t && !this.isMember(x, jl)) return x;
    }
    return -1;
  }

  /** Step 3: the initiators of project jl over time, and the roles around each succession. */
  private chain(jl: number): void {
    const { o, rnd, A, H0 } = this;
    const s = this.jStart[jl]!;
    const lead = this.jLead[jl]!;
    let officer = lead !== PRIVATE;
    let cur = officer ? this.pickOfficer(s, jl, false) : -1;
    if (cur < 0) {
      officer = false;
      cur = this.pickLocal(s, jl, 0);
      if (cur >= 0 && s > H0 + 365 && rnd.chance(o.launchedByCooperatorShare)) this.priorCooperation(cur, s);
    }
    let t = s;
    while (cur >= 0) {
      let end: number;
      if (officer) {
        end = this.postingEnd(cur, t);
        this.busy[cur - this.b0] = Math.max(this.busy[cur - this.b0]!, end);
      } else {
        const [lo, hi] = o.privateTenureYears;
        end = this.aprilOnOrAfter(t + this.years(lo + rnd.next() * (hi - lo)));
        if (this.left[cur]! < end) end = this.left[cur]!;
      }
      if (end > A) {
        this.addSeg(cur, jl, INIT, t, POS);
        break;
      }
      this.addSeg(cur, jl, INIT, t, end);
      if (this.left[cur]! > end && rnd.chance(o.stepBackShare)) {
        this.addSeg(cur, jl, officer ? SUPP : COOP, end, end + this.years(1 + rnd.next() * 2));
      }
      if (rnd.chance(officer ? o.orphanShare : o.privateOrphanShare)) {
        const close = end + this.years(o.orphanGraceYears);
        if (close <= A && rnd.chance(o.orphanCloseShare)) this.jEnd[jl] = close;
        break;
      }
      const handover = !officer || (lead === MIXED && rnd.chance(o.handoverShare));
      const next = handover ? this.pickLocal(end, jl, 180) : this.pickOfficer(end, jl, true);
      if (next < 0) break;
      if (rnd.chance(o.preparedShare)) {
        const from = Math.max(s, this.joined[next]!, end - this.years(1 + rnd.next()));
        if (from < end) this.addSeg(next, jl, COOP, from, end);
      }
      cur = next;
      officer = !handover;
      t = end;
    }
    this.jDone.push(jl);
  }

  /** Circulation: the launcher of a new project cooperated in an earlier project first. */
  private priorCooperation(x: number, s: number): void {
    const { rnd, o } = this;
    const done = this.jDone;
    if (done.length === 0) return;
    const start = rnd.int(done.length);
    for (let i = 0; i < done.length; i++) {
      const p = done[(start + i) % done.length]!;
      if (this.jStart[p]! > s - 180 || this.jEnd[p]! <= s - 90 || this.isMember(x, p)) continue;
      const from = Math.max(this.jStart[p]!, this.joined[x]!, s - this.years(1 + rnd.next() * 2));
      const to = Math.min(s, this.jEnd[p]!);
      if (from >= to) continue;
      this.addSeg(x, p, COOP, from, to);
      if (to === s && rnd.chance(o.stepBackShare)) this.addSeg(x, p, SUPP, s, POS);
      return;
    }
  }

  /** Step 4: corps members cooperate in a municipal project from their arrival. */
  private corpsRoles(): void {
    const { rnd } = this;
    for (const x of this.corps) {
      let f = this.joined[x]! + rnd.int(61);
      if (f >= this.left[x]!) f = this.joined[x]!;
      const jl = this.activeProject(f, x, true) ?? this.activeProject(f, x, false);
      if (jl === undefined) continue;
      this.addSeg(x, jl, COOP, f, POS);
      this.firstRole[x - this.b0] = f;
      this.firstProject[x - this.b0] = jl;
    }
  }

  /** A random project active at day d of which x is not a member (municipal ones only, if asked). */
  private activeProject(d: number, x: number, municipal: boolean): number | undefined {
    let count = 0;
    let pick = -1;
    for (let jl = 0; jl < this.nj; jl++) {
      if (this.jStart[jl]! <= d && d < this.jEnd[jl]! && !this.isMember(x, jl) && (!municipal || this.jLead[jl] !== PRIVATE)) {
        count++;
        if (this.rnd.int(count) === 0) pick = jl;
      }
    }
    return pick < 0 ? undefined : pick;
  }

  private draws(chances: readonly number[]): number {
    let total = 0;
    for (const p of chances) total += p;
    let r = this.rnd.next() * total;
    for (let i = 0; i < chances.length; i++) {
      r -= chances[i]!;
      if (r < 0) return i;
    }
    return chances.length - 1;
  }

  private entryRole(outsider: boolean): number {
    const e = outsider ? this.o.outsiderEntry : this.o.localEntry;
    const r = this.rnd.next();
    return r < e.cooperator ? COOP : r < e.cooperator + e.supporter ? SUPP : PART;
  }

  /** A membership from day `entry`: roles in sequence, promoted, stepped down, or ended. */
  private career(x: number, jl: number, entry: number, role: number): void {
    const { o, rnd, A } = this;
    let t = entry;
    for (let guard = 0; guard < 16; guard++) {
      const mean = role === COOP ? o.roleYears.cooperator : role === SUPP ? o.roleYears.supporter : o.roleYears.participant;
      const end = t + Math.max(30, this.years(mean * (0.3 + 1.4 * rnd.next())));
      if (end > A) {
        this.addSeg(x, jl, role, t, POS);
        return;
      }
      this.addSeg(x, jl, role, t, end);
      if (role === PART && rnd.chance(o.promotion.participant)) role = SUPP;
      else if (role === SUPP && rnd.chance(o.promotion.supporter)) role = COOP;
      else if (role === COOP && rnd.chance(o.stepDownShare)) role = SUPP;
      else return;
      t = end;
    }
  }

  /** Step 5: everyone's memberships. */
  private involvements(): void {
    const { o, rnd, A, H0, nj } = this;
    const joinLocal = (x: number, times: number) => {
      for (let k = 0; k < times; k++) {
        for (let tries = 0; tries < 4; tries++) {
          const jl = rnd.int(nj);
          if (this.isMember(x, jl)) continue;
          const lo = Math.max(this.jStart[jl]!, this.joined[x]!, H0);
          const hi = Math.min(this.jEnd[jl]!, this.left[x]!, A);
          if (hi - lo < 60) continue;
          this.career(x, jl, lo + rnd.int(hi - lo - 30), this.entryRole(false));
          break;
        }
      }
    };
    for (const x of this.others) joinLocal(x, this.draws(o.localProjects));
    for (const x of this.officers) joinLocal(x, this.draws(o.officerProjects));
    const lead = o.recruitLeadDays[1];
    for (const x of this.outs) {
      for (let tries = 0; tries < 8; tries++) {
        const a = H0 + lead + rnd.int(Math.max(1, A - H0 - lead));
        const jl = this.activeProject(a, x, false);
        if (jl === undefined) continue;
        this.firstRole[x - this.b0] = a;
        this.firstProject[x - this.b0] = jl;
        this.career(x, jl, a, this.entryRole(true));
        if (A - a > 90 && rnd.chance(o.outsiderSecondProjectShare)) {
          const a2 = a + 30 + rnd.int(A - a - 30);
          const j2 = this.activeProject(a2, x, false);
          if (j2 !== undefined) this.career(x, j2, a2, this.entryRole(true));
        }
        break;
      }
    }
  }

  /** Step 6: cut every role to its project's life and its person's presence; index by project. */
  private clampRoles(): void {
    const { A, nj } = this;
    this.bySeg = [];
    for (let jl = 0; jl < nj; jl++) this.bySeg.push([]);
    for (let i = 0; i < this.sP.length; i++) {
      const x = this.sP[i]!;
      const jl = this.sJ[i]!;
      let to = Math.min(this.sT[i]!, this.jEnd[jl]!, this.left[x]!);
      if (to > A) to = POS;
      this.sT[i] = to;
      if (this.sF[i]! >= to) {
        this.sR[i] = DROPPED;
        continue;
      }
      this.bySeg[jl]!.push(i);
      const l = x - this.b0;
      if (to === POS) this.openRole[l] = 1;
      else if (to > this.lastEnd[l]!) this.lastEnd[l] = to;
    }
  }

  /** A random person of `pool` present on day d, other than `not`; -1 after a few misses. */
  private presentAt(pool: readonly number[], d: number, not: number): number {
    if (pool.length === 0) return -1;
    for (let tries = 0; tries < 24; tries++) {
      const x = pool[this.rnd.int(pool.length)]!;
      if (x !== not && this.joined[x]! <= d && d < this.left[x]!) return x;
    }
    return -1;
  }

  /** Step 7: outsiders' arrival, departure, and who introduced them. */
  private outsiderPresence(): void {
    const { o, rnd, A, b0 } = this;
    const [leadMin, leadMax] = o.recruitLeadDays;
    for (const x of this.outs) {
      const l = x - b0;
      const f = this.firstRole[l]!;
      if (f === NEG) {
        this.joined[x] = this.H0 + rnd.int(Math.max(1, A - this.H0));
        continue;
      }
      this.joined[x] = f - rnd.range(leadMin, leadMax);
      if (this.openRole[l] === 0 && rnd.chance(o.outsiderLapseShare)) {
        const d = this.lastEnd[l]! + rnd.range(30, 240);
        if (d <= A) this.left[x] = d;
      }
    }
    for (const x of this.corps) {
      const r = this.presentAt(this.officers, this.joined[x]!, -1);
      this.recruiter[x - b0] = r >= 0 ? r : this.presentAt(this.locals, this.joined[x]!, -1);
    }
    const { local, friend } = o.outsiderChannels;
    for (const x of this.outs) {
      const l = x - b0;
      if (this.firstRole[l] === NEG) continue;
      const d = this.joined[x]!;
      if (this.relationship[x] === KINSHIP) {
        this.recruiter[l] = this.presentAt(this.locals, d, -1);
        this.recruitStrong[l] = 1;
        continue;
      }
      const r = rnd.next();
      if (r >= local + friend) continue; // found the town on their own: no introduction
      let who = -1;
      if (r >= local) {
        who = this.presentAt(this.outs, d, x);
        if (who < 0) who = this.presentAt(this.corps, d, x);
      }
      if (who < 0) who = this.localInProject(this.firstProject[l]!, d);
      if (who < 0) who = this.presentAt(this.locals, d, -1);
      this.recruiter[l] = who;
    }
  }

  /** A local active in project jl on day d (core members three times as likely); -1 if none. */
  private localInProject(jl: number, d: number): number {
    const segs = this.bySeg[jl]!;
    let total = 0;
    for (const i of segs) {
      if (this.origin[this.sP[i]!] === 0 && this.sF[i]! <= d && d < this.sT[i]!) total += this.sR[i]! <= COOP ? 3 : 1;
    }
    if (total === 0) return -1;
    let r = this.rnd.int(total);
    for (const i of segs) {
      if (this.origin[this.sP[i]!] === 0 && this.sF[i]! <= d && d < this.sT[i]!) {
        r -= this.sR[i]! <= COOP ? 3 : 1;
        if (r < 0) return this.sP[i]!;
      }
    }
    return -1;
  }

  // --- records -------------------------------------------------------------------------------

  private emitPeople(): void {
    for (let l = 0; l < this.n; l++) {
      const x = this.b0 + l;
      const s = this.sector[x]!;
      const rec: PersonRecord = { id: this.ids[x]!, origin: this.origin[x] === 0 ? "local" : "outsider" };
      if (s !== OUT) rec.sector = SECTORS[s]!;
      if (this.relationship[x] !== NO_RELATIONSHIP) rec.relationship = RELATIONSHIPS[this.relationship[x]!]!;
      if (this.joined[x] !== NEG) rec.joined = this.date(this.joined[x]!);
      if (this.left[x] !== POS) rec.left = this.date(this.left[x]!);
      if (this.tenure[x] !== POS) rec.tenureEnds = this.date(this.tenure[x]!);
      rec.community = this.communityId;
      this.people.push(rec);
    }
  }

  private emitProjects(): void {
    for (let jl = 0; jl < this.nj; jl++) {
      const j = this.j0 + jl;
      const id = `j${pad(j, this.projectIdWidth)}`;
      this.projectIds.push(id);
      const lead = this.jLead[jl]!;
      const kinds = PROJECT_KINDS[lead]!;
      const rec: ProjectRecord = {
        id,
        name: `${kinds[j % kinds.length]!} ${id}`,
        lead: LEAD_NAMES[lead]!,
        start: this.date(this.jStart[jl]!),
      };
      if (this.jEnd[jl] !== POS) rec.end = this.date(this.jEnd[jl]!);
      rec.community = this.communityId;
      this.projects.push(rec);
    }
  }

  private emitRoles(): void {
    const { sP, sF } = this;
    for (let jl = 0; jl < this.nj; jl++) {
      const segs = this.bySeg[jl]!.slice().sort((a, b) => sF[a]! - sF[b]! || sP[a]! - sP[b]! || a - b);
      const project = this.projectIds[this.j0 + jl]!;
      for (const i of segs) {
        const to = this.sT[i]!;
        this.roles.push(
          to === POS
            ? { person: this.ids[sP[i]!]!, project, role: ROLES[this.sR[i]!]!, from: this.date(sF[i]!) }
            : { person: this.ids[sP[i]!]!, project, role: ROLES[this.sR[i]!]!, from: this.date(sF[i]!), to: this.date(to) },
        );
      }
    }
  }

  /**
   * Adds a tie record [from, to) (NEG: no `from`; POS: no `to`) and counts it when it is
   * active at asOf. The caller guarantees both people are present on its dates.
   */
  private tie(x: number, y: number, strong: boolean, from: number, to: number, kind: string): void {
    const a = this.ids[x]!;
    const b = this.ids[y]!;
    const strength = strong ? "strong" : "weak";
    this.ties.push(
      from === NEG
        ? { a, b, strength, kind }
        : to === POS
          ? { a, b, strength, from: this.date(from), kind }
          : { a, b, strength, from: this.date(from), to: this.date(to), kind },
    );
    const A = this.A;
    if (
      Math.max(from, this.joined[x]!, this.joined[y]!) <= A &&
      A < Math.min(to, this.left[x]!, this.left[y]!)
    ) {
      this.active++;
      if (strong) this.activeStrong++;
    }
  }

  /** Marks the pair in the community's matrix; false when it already has a tie. */
  private claim(x: number, y: number): boolean {
    const lx = x - this.b0;
    const ly = y - this.b0;
    const i = lx < ly ? lx * this.n + ly : ly * this.n + lx;
    if (this.pairs[i] === 1) return false;
    this.pairs[i] = 1;
    return true;
  }

  /** A random member of the community, drawn with the neighbourhood-tie weights. */
  private tieEnd(first: number, n: number, outsiderWeight: number): number {
    const { rnd, o } = this;
    for (let tries = 0; tries < 64; tries++) {
      const x = first + rnd.int(n);
      if (this.origin[x] === 1 && !rnd.chance(outsiderWeight)) continue;
      if (!this.present(x) && !rnd.chance(o.pastTieWeight)) continue;
      return x;
    }
    return first + rnd.int(n);
  }

  /**
   * A neighbourhood tie between x and y (not yet tied): weak ones may fade; both people present
   * throughout. False when they were never present together before asOf.
   */
  private neighbourTie(x: number, y: number, strong: boolean, kind: string): boolean {
    const { rnd, A, H0, o } = this;
    const lo = Math.max(this.joined[x]!, this.joined[y]!);
    const hi = Math.min(this.left[x]!, this.left[y]!, A + 1);
    if (lo >= hi) return false;
    let from: number;
    if (lo === NEG) from = strong || rnd.chance(0.5) ? NEG : H0 + rnd.int(Math.max(1, hi - H0));
    else from = lo + rnd.int(strong ? Math.min(365, hi - lo) : hi - lo);
    if (from !== NEG && from >= hi) return false;
    let to = POS;
    if (!strong && from !== NEG && rnd.chance(o.tieFadeShare)) {
      const end = from + rnd.range(180, 1460);
      if (end <= A && end <= Math.min(this.left[x]!, this.left[y]!)) to = end;
    }
    this.tie(x, y, strong, from, to, kind);
    return true;
  }

  /** Step 9: the community's ties. */
  private communityTies(): void {
    const { o, rnd, b0, n, A } = this;
    this.active = 0;
    this.activeStrong = 0;
    let presentCount = 0;
    for (let x = b0; x < b0 + n; x++) if (this.present(x)) presentCount++;
    const bridges = this.K > 1 ? o.bridgeShare : 0;
    const targetAll = Math.round((o.meanDegree / 2) * presentCount * (1 - bridges));
    const targetStrong = Math.round((o.meanDegree / 2) * presentCount * o.strongShare);

    // introductions: an outsider's first tie, on the day they arrive
    for (const x of this.outs.concat(this.corps)) {
      const r = this.recruiter[x - b0]!;
      if (r < 0 || !this.claim(x, r)) continue;
      const strong = this.recruitStrong[x - b0] === 1;
      this.tie(x, r, strong, this.joined[x]!, POS, strong ? "family" : "introduction");
    }
    // cores: initiators and cooperators who work together; weak first, strong a few months later
    const { sP, sR, sF, sT } = this;
    for (let jl = 0; jl < this.nj; jl++) {
      const segs = this.bySeg[jl]!;
      for (let p = 0; p < segs.length; p++) {
        const i = segs[p]!;
        if (sR[i]! > COOP) continue;
        for (let q = p + 1; q < segs.length; q++) {
          const j = segs[q]!;
          if (sR[j]! > COOP || sP[i] === sP[j]) continue;
          const o0 = Math.max(sF[i]!, sF[j]!);
          if (o0 >= Math.min(sT[i]!, sT[j]!) || o0 > A) continue;
          const x = sP[i]!;
          const y = sP[j]!;
          if (!this.claim(x, y)) continue;
          const until = Math.min(this.left[x]!, this.left[y]!);
          if (rnd.chance(o.coreStrongShare)) {
            const sf = o0 + rnd.range(60, 240);
            if (sf <= A && sf < until) {
              this.tie(x, y, false, o0, sf, "project");
              this.tie(x, y, true, sf, POS, "project");
              continue;
            }
          }
          this.tie(x, y, false, o0, POS, "project");
        }
      }
    }
    // officers know one another
    const m = this.officers.length;
    if (m > 1) {
      for (const x of this.officers) {
        for (let k = 0; k < 2; k++) {
          const y = this.officers[rnd.int(m)]!;
          if (y !== x && this.claim(x, y)) this.tie(x, y, false, NEG, POS, "colleagues");
        }
      }
    }
    // newcomers to a project meet someone already active in it
    for (let jl = 0; jl < this.nj; jl++) {
      const segs = this.bySeg[jl]!;
      const k = segs.length;
      for (const i of segs) {
        if (this.sEntry[i] !== 1) continue;
        const d = sF[i]!;
        const x = sP[i]!;
        const start = rnd.int(k);
        for (let q = 0; q < k; q++) {
          const j = segs[(start + q) % k]!;
          const y = sP[j]!;
          if (y === x || sF[j]! > d || d >= sT[j]!) continue;
          if (this.claim(x, y)) this.tie(x, y, false, d, POS, "project");
          break;
        }
      }
    }
    // family and friends (strong), then neighbours (weak), up to the community's share
    if (n < 2) return;
    for (let tries = 0, limit = 30 * targetStrong + 50; this.activeStrong < targetStrong && tries < limit; tries++) {
      const x = this.tieEnd(b0, n, o.outsiderTieWeight / 2);
      const y = this.tieEnd(b0, n, o.outsiderTieWeight / 2);
      if (x === y || !this.claim(x, y)) continue;
      if (!this.neighbourTie(x, y, true, rnd.chance(0.5) ? "family" : "friends")) this.unclaim(x, y);
    }
    for (let tries = 0, limit = 30 * targetAll + 50; this.active < targetAll && tries < limit; tries++) {
      const x = this.tieEnd(b0, n, o.outsiderTieWeight);
      const y = this.tieEnd(b0, n, o.outsiderTieWeight);
      if (x === y || !this.claim(x, y)) continue;
      if (!this.neighbourTie(x, y, false, "neighbours")) this.unclaim(x, y);
    }
  }

  private unclaim(x: number, y: number): void {
    const lx = x - this.b0;
    const ly = y - this.b0;
    this.pairs[lx < ly ? lx * this.n + ly : ly * this.n + lx] = 0;
  }

  /** Last step: weak ties between communities, mostly to nearby ones. */
  private bridges(): void {
    const { o, rnd, K } = this;
    if (K < 2 || o.bridgeShare === 0 || o.meanDegree === 0) return;
    let expected = 0;
    const present = new Int32Array(K);
    for (let k = 0; k < K; k++) {
      for (let x = this.communityStart[k]!; x < this.communityStart[k + 1]!; x++) if (this.present(x)) present[k]!++;
      expected += (o.meanDegree / 2) * present[k]! * o.bridgeShare;
    }
    const seen = new PairSet(this.N, Math.ceil(expected * 1.5));
    for (let k = 0; k < K; k++) {
      const target = Math.round((o.meanDegree / 2) * present[k]! * o.bridgeShare);
      const b0 = this.communityStart[k]!;
      const n = this.communityStart[k + 1]! - b0;
      this.active = 0;
      for (let tries = 0, limit = 30 * target + 50; this.active < target && tries < limit; tries++) {
        const x = this.tieEnd(b0, n, o.outsiderTieWeight);
        let j: number;
        if (rnd.chance(0.7)) {
          const d = rnd.range(1, 3);
          j = (((rnd.chance(0.5) ? k + d : k - d) % K) + K) % K;
        } else j = rnd.int(K);
        if (j === k) continue;
        const c0 = this.communityStart[j]!;
        const y = this.tieEnd(c0, this.communityStart[j + 1]! - c0, o.outsiderTieWeight);
        if (!seen.add(x, y)) continue;
        this.neighbourTie(x, y, false, "acquaintance");
      }
    }
  }
}

/** The same month and day `years` later (29 February becomes 28 February). */
function shiftYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(4);
  const out = `${pad(y, 4)}${md}`;
  return dayNumber(out) === undefined ? `${pad(y, 4)}-02-28` : out;
}
