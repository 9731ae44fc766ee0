/**
 * The example town 架空町 (Kasora), a FICTIONAL town: the town that the viewer, the tutorials
 * and `pnpm start` open by default.
 *
 * This file is a deterministic generator. `buildExampleTown()` returns the records of the town
 * (`{ town, people, projects, roles, ties, contributions }`, the fields of domain.md §3); the
 * storyline (who starts which project, handovers, orphaned projects, corps terms) is written out
 * by hand below, and the crowd around it (fan-club members, donors, visitors, families) is drawn
 * from a small seeded pseudo-random generator, so every run gives the same town.
 *
 * Run it as a script (after `pnpm build`, which builds `@kankei/core`):
 *
 *     node examples/town/build.mjs
 *
 * It writes `examples/town/town.json` and, when `@kankei/core` exports `writeCsvBundle`, the
 * two CSV copies `examples/town/csv/` (UTF-8 with BOM, English headers) and
 * `examples/town/csv-sjis/` (Shift_JIS, Japanese headers and values, as Excel in Japan saves).
 *
 * All people, firms and places here are invented; any likeness to real people is chance.
 * See README.md next to this file for the storyline and the published figures it echoes.
 *
 * @module
 */

/** @typedef {import("@kankei/core").PersonRecord} PersonRecord */
/** @typedef {import("@kankei/core").ProjectRecord} ProjectRecord */
/** @typedef {import("@kankei/core").RoleRecord} RoleRecord */
/** @typedef {import("@kankei/core").TieRecord} TieRecord */
/** @typedef {import("@kankei/core").ContributionRecord} ContributionRecord */
/** @typedef {import("@kankei/core").TownInfo} TownInfo */
/** @typedef {import("@kankei/core").RoleName} RoleName */
/** @typedef {import("@kankei/core").Relationship} Relationship */
/** @typedef {import("@kankei/core").Resource} Resource */

/**
 * The records of the example town, as `createTown` takes them.
 * @typedef {object} ExampleTownRecords
 * @property {TownInfo} town
 * @property {PersonRecord[]} people
 * @property {ProjectRecord[]} projects
 * @property {RoleRecord[]} roles
 * @property {TieRecord[]} ties
 * @property {ContributionRecord[]} contributions
 */

/** The seed of the generator. Changing it changes the crowd, never the storyline. */
export const SEED = 20250401;
/** The date the data describes: the first day of fiscal year 2025 (Japanese fiscal years start 1 April). */
export const AS_OF = "2025-04-01";
/** The first day of the recorded history: the first day of fiscal year 2016. */
export const HISTORY_START = "2016-04-01";

// ---------------------------------------------------------------------------------------------
// Dates. Every date here is a real calendar date; arithmetic goes through UTC day numbers.
// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

/** @param {string} iso @returns {number} */
function toDay(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(/** @type {number} */ (y), /** @type {number} */ (m) - 1, d) / MS_PER_DAY;
}

/** @param {number} day @returns {string} */
function fromDay(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** @param {string} iso @param {number} days @returns {string} */
function addDays(iso, days) {
  return fromDay(toDay(iso) + days);
}

/** Same month and day, `years` later (no date here is ever 29 February). @param {string} iso @param {number} years */
function addYears(iso, years) {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** The first of a month, `months` later. @param {string} iso @param {number} months */
function addMonths(iso, months) {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** @param {string} a @param {string} b */
const daysBetween = (a, b) => toDay(b) - toDay(a);

/** The later of two optional dates. @param {string | undefined} a @param {string | undefined} b */
const later = (a, b) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);

/** The earlier of two optional dates. @param {string | undefined} a @param {string | undefined} b */
const earlier = (a, b) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);

/** An end date that is dropped (left open) when it falls after the town's date. @param {string} iso */
const endOrOpen = (iso) => (iso > AS_OF ? undefined : iso);

// ---------------------------------------------------------------------------------------------
// A small seeded generator (xorshift32), enough for choosing names and dates.
// ---------------------------------------------------------------------------------------------

/**
 * @param {number} seed
 */
function makeRandom(seed) {
  let x = seed | 0 || 0x2545f491;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next(); // let a small seed mix first
  /** An integer in [lo, hi]. @param {number} lo @param {number} hi */
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    /** @param {number} p */
    chance: (p) => next() < p,
    /** @template T @param {readonly T[]} items @returns {T} */
    pick: (items) => /** @type {T} */ (items[Math.floor(next() * items.length)]),
    /**
     * A value drawn by weight.
     * @template T @param {readonly (readonly [T, number])[]} table @returns {T}
     */
    weighted: (table) => {
      const total = table.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of table) {
        if ((r -= w) < 0) return v;
      }
      return /** @type {T} */ (table[table.length - 1]?.[0]);
    },
    /** A shuffled copy. @template T @param {readonly T[]} items @returns {T[]} */
    shuffle: (items) => {
      const a = items.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = /** @type {[T, T]} */ ([a[j], a[i]]);
      }
      return a;
    },
    /** A date in [from, to). @param {string} from @param {string} to */
    date: (from, to) => addDays(from, int(0, Math.max(0, daysBetween(from, to) - 1))),
  };
}

/** @typedef {ReturnType<typeof makeRandom>} Random */

// ---------------------------------------------------------------------------------------------
// Names: common Japanese surnames and given names (kanji, Hepburn romanisation), and a few
// non-Japanese names for outsiders. Romanised family name first, as Japanese ministries write it.
// ---------------------------------------------------------------------------------------------

/** @type {readonly [string, string][]} */
const SURNAMES = [
  ["佐藤", "Sato"], ["鈴木", "Suzuki"], ["高橋", "Takahashi"], ["田中", "Tanaka"], ["伊藤", "Ito"],
  ["渡辺", "Watanabe"], ["山本", "Yamamoto"], ["中村", "Nakamura"], ["小林", "Kobayashi"], ["加藤", "Kato"],
  ["吉田", "Yoshida"], ["山田", "Yamada"], ["佐々木", "Sasaki"], ["山口", "Yamaguchi"], ["松本", "Matsumoto"],
  ["井上", "Inoue"], ["木村", "Kimura"], ["林", "Hayashi"], ["斎藤", "Saito"], ["清水", "Shimizu"],
  ["山崎", "Yamazaki"], ["森", "Mori"], ["池田", "Ikeda"], ["橋本", "Hashimoto"], ["阿部", "Abe"],
  ["石川", "Ishikawa"], ["山下", "Yamashita"], ["中島", "Nakajima"], ["石井", "Ishii"], ["小川", "Ogawa"],
  ["前田", "Maeda"], ["岡田", "Okada"], ["長谷川", "Hasegawa"], ["藤田", "Fujita"], ["後藤", "Goto"],
  ["近藤", "Kondo"], ["村上", "Murakami"], ["遠藤", "Endo"], ["青木", "Aoki"], ["坂本", "Sakamoto"],
  ["福田", "Fukuda"], ["太田", "Ota"], ["西村", "Nishimura"], ["藤井", "Fujii"], ["金子", "Kaneko"],
  ["岡本", "Okamoto"], ["藤原", "Fujiwara"], ["中野", "Nakano"], ["三浦", "Miura"], ["原田", "Harada"],
  ["中川", "Nakagawa"], ["松田", "Matsuda"], ["竹内", "Takeuchi"], ["小野", "Ono"], ["田村", "Tamura"],
  ["和田", "Wada"], ["石田", "Ishida"], ["森田", "Morita"], ["上田", "Ueda"], ["柴田", "Shibata"],
  ["酒井", "Sakai"], ["工藤", "Kudo"], ["横山", "Yokoyama"], ["宮崎", "Miyazaki"], ["宮本", "Miyamoto"],
  ["内田", "Uchida"], ["高木", "Takagi"], ["安藤", "Ando"], ["島田", "Shimada"], ["谷口", "Taniguchi"],
  ["丸山", "Maruyama"], ["今井", "Imai"], ["高田", "Takada"], ["武田", "Takeda"], ["村田", "Murata"],
  ["上野", "Ueno"], ["杉山", "Sugiyama"], ["増田", "Masuda"], ["菅原", "Sugawara"], ["千葉", "Chiba"],
  ["岩崎", "Iwasaki"], ["桜井", "Sakurai"], ["野口", "Noguchi"], ["菊地", "Kikuchi"], ["野村", "Nomura"],
];

/** @type {readonly [string, string][]} */
const GIVEN_MALE = [
  ["健二", "Kenji"], ["翔太", "Shota"], ["直樹", "Naoki"], ["大輔", "Daisuke"], ["拓也", "Takuya"],
  ["誠", "Makoto"], ["隆", "Takashi"], ["大地", "Daichi"], ["悠斗", "Yuto"], ["蓮", "Ren"],
  ["陸", "Riku"], ["翼", "Tsubasa"], ["亮", "Ryo"], ["勝", "Masaru"], ["和夫", "Kazuo"],
  ["修", "Osamu"], ["浩", "Hiroshi"], ["剛", "Tsuyoshi"], ["颯太", "Sota"], ["大樹", "Daiki"],
  ["健太", "Kenta"], ["達也", "Tatsuya"], ["和也", "Kazuya"], ["浩二", "Koji"], ["聡", "Satoshi"],
  ["学", "Manabu"], ["茂", "Shigeru"], ["正人", "Masato"], ["亮太", "Ryota"], ["海斗", "Kaito"],
  ["湊", "Minato"], ["樹", "Itsuki"], ["悠真", "Yuma"], ["拓海", "Takumi"], ["秀樹", "Hideki"],
  ["昭", "Akira"], ["清", "Kiyoshi"], ["実", "Minoru"], ["進", "Susumu"], ["一郎", "Ichiro"],
];

/** @type {readonly [string, string][]} */
const GIVEN_FEMALE = [
  ["美穂", "Miho"], ["由美", "Yumi"], ["恵", "Megumi"], ["早苗", "Sanae"], ["綾", "Aya"],
  ["彩花", "Ayaka"], ["沙織", "Saori"], ["遥", "Haruka"], ["真央", "Mao"], ["結衣", "Yui"],
  ["和子", "Kazuko"], ["香織", "Kaori"], ["千尋", "Chihiro"], ["美紀", "Miki"], ["智子", "Tomoko"],
  ["直美", "Naomi"], ["舞", "Mai"], ["美咲", "Misaki"], ["陽菜", "Hina"], ["葵", "Aoi"],
  ["さくら", "Sakura"], ["裕子", "Yuko"], ["久美子", "Kumiko"], ["幸子", "Sachiko"], ["洋子", "Yoko"],
  ["恵子", "Keiko"], ["明美", "Akemi"], ["真由美", "Mayumi"], ["愛", "Ai"], ["七海", "Nanami"],
  ["莉子", "Riko"], ["芽依", "Mei"], ["紗希", "Saki"], ["典子", "Noriko"], ["節子", "Setsuko"],
  ["文子", "Fumiko"], ["亜希", "Aki"], ["瞳", "Hitomi"], ["麻美", "Asami"], ["千春", "Chiharu"],
];

/** Non-Japanese outsiders (and the corps member who ran the English camp): name, romanised name. */
/** @type {readonly [string, string][]} */
const FOREIGN_NAMES = [
  ["ルーカス・モロー", "Lucas Moreau"], ["王 麗華", "Wang Lihua"], ["グエン・ティ・ラン", "Nguyen Thi Lan"],
  ["オリビア・ブラウン", "Olivia Brown"], ["マテオ・ガルシア", "Mateo Garcia"], ["ハンナ・シュミット", "Hannah Schmidt"],
];

const ROMAJI = new Map([...SURNAMES, ...GIVEN_MALE, ...GIVEN_FEMALE]);

/**
 * Unique full names. Story characters are reserved by name; the crowd draws new ones.
 * @param {Random} rnd
 */
function makeNamer(rnd) {
  const used = new Set();
  let foreign = 0;
  return {
    /** A story character's name ("姓 名"), with its romanisation. @param {string} name */
    reserve(name) {
      if (used.has(name)) throw new Error(`name used twice: ${name}`);
      used.add(name);
      const parts = name.split(" ");
      const en = parts.map((p) => ROMAJI.get(p));
      if (en.some((p) => p === undefined)) throw new Error(`no romanisation for ${name}`);
      return { name, nameEn: en.join(" ") };
    },
    /** A fresh Japanese name. @param {"m" | "f"} [gender] */
    fresh(gender) {
      for (;;) {
        const [fam, famEn] = rnd.pick(SURNAMES);
        const g = gender ?? (rnd.chance(0.5) ? "m" : "f");
        const [given, givenEn] = rnd.pick(g === "m" ? GIVEN_MALE : GIVEN_FEMALE);
        const name = `${fam} ${given}`;
        if (used.has(name)) continue;
        used.add(name);
        return { name, nameEn: `${famEn} ${givenEn}` };
      }
    },
    /** A non-Japanese name, in list order. */
    foreign() {
      const entry = FOREIGN_NAMES[foreign++];
      if (!entry) throw new Error("out of non-Japanese names");
      used.add(entry[0]);
      return { name: entry[0], nameEn: entry[1] };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The record book: collects records, and checks the rules of domain.md §3 as it goes, so that a
// mistake in the storyline fails here with a plain message (createTown checks them all again).
// ---------------------------------------------------------------------------------------------

/** Drops fields that are undefined, keeping the key order. @template {object} T @param {T} rec @returns {T} */
function clean(rec) {
  /** @type {any} */
  const out = {};
  for (const [k, v] of Object.entries(rec)) if (v !== undefined) out[k] = v;
  return out;
}

/** A period after the cut, as [from, to) strings; "" is minus infinity, "~" plus infinity. */
function period(/** @type {(string | undefined)[]} */ ...pairs) {
  let from = "";
  let to = "~";
  for (let i = 0; i < pairs.length; i += 2) {
    from = later(from, pairs[i]) ?? from;
    const t = pairs[i + 1];
    if (t !== undefined && t < to) to = t;
  }
  return { from, to: to < from ? from : to };
}

/** @param {{from: string, to: string}} a @param {{from: string, to: string}} b */
const overlaps = (a, b) => (a.from > b.from ? a.from : b.from) < (a.to < b.to ? a.to : b.to);

function makeBook() {
  /** @type {PersonRecord[]} */ const people = [];
  /** @type {ProjectRecord[]} */ const projects = [];
  /** @type {RoleRecord[]} */ const roles = [];
  /** @type {TieRecord[]} */ const ties = [];
  /** @type {ContributionRecord[]} */ const contributions = [];
  /** @type {Map<string, PersonRecord>} */ const personById = new Map();
  /** @type {Map<string, ProjectRecord>} */ const projectById = new Map();
  /** @type {Map<string, RoleRecord[]>} */ const rolesByKey = new Map();
  /** @type {Map<string, TieRecord[]>} */ const tiesByPair = new Map();

  /** @param {string} id */
  const personOf = (id) => {
    const p = personById.get(id);
    if (!p) throw new Error(`no person ${id}`);
    return p;
  };
  /** @param {string} id */
  const projectOf = (id) => {
    const p = projectById.get(id);
    if (!p) throw new Error(`no project ${id}`);
    return p;
  };
  /** @param {string} a @param {string} b */
  const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  /** @param {TieRecord} e */
  const tiePeriod = (e) => {
    const pa = personOf(e.a);
    const pb = personOf(e.b);
    return period(e.from, e.to, pa.joined, pa.left, pb.joined, pb.left);
  };

  const book = {
    people,
    projects,
    roles,
    ties,
    contributions,
    personOf,
    projectOf,
    /** @param {string} id */
    hasPerson: (id) => personById.has(id),

    /** @param {PersonRecord} p */
    person(p) {
      if (personById.has(p.id)) throw new Error(`person ${p.id} twice`);
      const rec = clean({
        id: p.id,
        name: p.name,
        origin: p.origin,
        sector: p.sector,
        relationship: p.relationship,
        joined: p.joined,
        left: p.left,
        tenureEnds: p.tenureEnds,
        ...p,
      });
      people.push(rec);
      personById.set(rec.id, rec);
      return rec.id;
    },

    /** @param {ProjectRecord} p */
    project(p) {
      const rec = clean({ id: p.id, name: p.name, lead: p.lead, start: p.start, end: p.end, ...p });
      projects.push(rec);
      projectById.set(rec.id, rec);
      return rec.id;
    },

    /**
     * Adds a role; `from`/`to` may be left open (cut at the project's and the person's bounds).
     * @param {string} person @param {string} project @param {RoleName} role
     * @param {string} [from] @param {string} [to]
     */
    role(person, project, role, from, to) {
      const p = personOf(person);
      const j = projectOf(project);
      const where = `${role} ${person} in ${project} [${from}, ${to})`;
      if (from !== undefined && to !== undefined && from > to) throw new Error(`${where}: from after to`);
      for (const [lo, hi, what] of /** @type {const} */ ([
        [j.start, j.end, "project"],
        [p.joined, p.left, "presence"],
      ])) {
        if (from !== undefined && ((lo !== undefined && from < lo) || (hi !== undefined && from > hi))) {
          throw new Error(`${where}: from outside the ${what}`);
        }
        if (to !== undefined && ((hi !== undefined && to > hi) || (lo !== undefined && to < lo))) {
          throw new Error(`${where}: to outside the ${what}`);
        }
      }
      const rec = clean({ person, project, role, from, to });
      const key = `${person}|${project}`;
      const span = period(from, to, j.start, j.end, p.joined, p.left);
      const list = rolesByKey.get(key) ?? [];
      for (const other of list) {
        if (overlaps(span, period(other.from, other.to, j.start, j.end, p.joined, p.left))) {
          throw new Error(`${where}: overlaps ${other.role} [${other.from}, ${other.to})`);
        }
      }
      list.push(rec);
      rolesByKey.set(key, list);
      roles.push(rec);
      return rec;
    },

    /** The role records of a person in a project. @param {string} person @param {string} project */
    rolesIn: (person, project) => rolesByKey.get(`${person}|${project}`) ?? [],

    /** The tie records of a pair. @param {string} a @param {string} b */
    tiesOfPair: (a, b) => tiesByPair.get(pairKey(a, b)) ?? [],

    /**
     * Adds a tie. With `ifFree`, quietly skips a pair that already has a tie (returns undefined);
     * without, a clash throws.
     * @param {string} a @param {string} b @param {"strong" | "weak"} strength
     * @param {{ from?: string, to?: string, kind?: string, ifFree?: boolean }} [opts]
     */
    tie(a, b, strength, opts = {}) {
      if (a === b) throw new Error(`self tie ${a}`);
      const pa = personOf(a);
      const pb = personOf(b);
      const { from, to, kind } = opts;
      const where = `tie ${a}-${b} [${from}, ${to})`;
      for (const p of [pa, pb]) {
        if (from !== undefined && ((p.joined !== undefined && from < p.joined) || (p.left !== undefined && from > p.left))) {
          if (opts.ifFree) return undefined;
          throw new Error(`${where}: from outside the presence of ${p.id}`);
        }
        if (to !== undefined && ((p.left !== undefined && to > p.left) || (p.joined !== undefined && to < p.joined))) {
          if (opts.ifFree) return undefined;
          throw new Error(`${where}: to outside the presence of ${p.id}`);
        }
      }
      const key = pairKey(a, b);
      const list = tiesByPair.get(key) ?? [];
      const rec = clean({ a, b, strength, from, to, kind });
      if (list.length > 0) {
        if (opts.ifFree) return undefined;
        const span = tiePeriod(rec);
        for (const other of list) if (overlaps(span, tiePeriod(other))) throw new Error(`${where}: overlaps another tie`);
      }
      list.push(rec);
      tiesByPair.set(key, list);
      ties.push(rec);
      return rec;
    },

    /**
     * Turns the pair's open weak tie strong from `date` (the weak tie ends there; domain.md §7's
     * `strengthen`). Adds a strong tie when the pair has none. Returns false when impossible.
     * @param {string} a @param {string} b @param {string} date @param {string} [kind]
     */
    strengthen(a, b, date, kind) {
      const list = tiesByPair.get(pairKey(a, b)) ?? [];
      const open = list.find((e) => e.to === undefined);
      if (!open) {
        if (list.length > 0) return false;
        return book.tie(a, b, "strong", { from: date, kind, ifFree: true }) !== undefined;
      }
      if (open.strength === "strong") return true;
      const span = tiePeriod(open);
      if (span.from >= date || span.to <= date) return false;
      open.to = date;
      book.tie(a, b, "strong", { from: date, kind: kind ?? open.kind });
      return true;
    },

    /**
     * @param {string} person @param {string} project @param {Resource} resource
     * @param {string} date @param {number | undefined} amount @param {string} note @param {string} [micUse]
     */
    contribute(person, project, resource, date, amount, note, micUse) {
      personOf(person);
      projectOf(project);
      contributions.push(clean({ person, project, resource, date, amount, note, micUse }));
    },
  };
  return book;
}

/** @typedef {ReturnType<typeof makeBook>} Book */

// ---------------------------------------------------------------------------------------------
// The town.
// ---------------------------------------------------------------------------------------------

/**
 * Projects in the order they started. `nameEn`, `kind`, `budgetYen`, `applicants` and `selected`
 * are extra fields, kept by every format. Extra fields are text here because the CSV bundle
 * keeps extra columns as text: so town.json, csv/ and csv-sjis/ hold exactly the same records.
 */
/** @type {ProjectRecord[]} */
const PROJECTS = [
  { id: "hometown-tax", name: "ふるさと納税 返礼品づくり", lead: "mixed", start: "2016-04-01", nameEn: "Hometown-tax gifts", kind: "hometown-tax", budgetYen: "8000000" },
  { id: "market", name: "かそら月イチ市", lead: "private", start: "2016-06-01", nameEn: "Kasora Monthly Market", kind: "monthly-event", budgetYen: "600000" },
  { id: "fanclub", name: "架空町ファンクラブ", lead: "public", start: "2016-10-01", nameEn: "Kasora Fan Club", kind: "fan-club", budgetYen: "1200000" },
  { id: "workation", name: "かそらワーケーション", lead: "mixed", start: "2017-04-01", nameEn: "Kasora Workation", kind: "workation", budgetYen: "5000000" },
  { id: "english-camp", name: "えいごキャンプ", lead: "public", start: "2017-04-01", end: "2020-04-01", nameEn: "English Camp", kind: "language-camp", budgetYen: "400000" },
  { id: "trial-stay", name: "お試し移住住宅", lead: "public", start: "2018-04-01", end: "2022-04-01", nameEn: "Trial Migration Stays", kind: "trial-migration", budgetYen: "3000000" },
  { id: "internship", name: "かそら長期インターン", lead: "mixed", start: "2019-04-01", nameEn: "Kasora Long Internship", kind: "internship", budgetYen: "2400000" },
  { id: "shareholders", name: "かそら ふるさと株主", lead: "private", start: "2019-10-01", nameEn: "Kasora Hometown Shareholders", kind: "hometown-shareholders" },
  { id: "akiya-bank", name: "空き家バンク", lead: "public", start: "2020-04-01", nameEn: "Vacant-House Bank", kind: "vacant-house-bank", budgetYen: "1800000" },
  { id: "tourism-lab", name: "観光まちづくりラボ", lead: "mixed", start: "2021-04-01", nameEn: "Tourism Lab (skilled outsiders)", kind: "skilled-outsiders", budgetYen: "4500000", applicants: "23", selected: "15" },
  { id: "forest-school", name: "もりのがっこう", lead: "private", start: "2021-04-01", nameEn: "Forest School", kind: "nature-school" },
];

/**
 * Builds the records of 架空町 (Kasora). Deterministic: the same records on every call.
 * @returns {ExampleTownRecords}
 */
export function buildExampleTown() {
  const rnd = makeRandom(SEED);
  const names = makeNamer(rnd);
  const book = makeBook();
  for (const p of PROJECTS) book.project({ ...p });

  const ids = { r: 0, b: 0, n: 0, o: 0 };
  /** @param {"r" | "b" | "n" | "o"} k */
  const nextId = (k) => `${k}${String(++ids[k]).padStart(k === "b" || k === "n" ? 2 : 3, "0")}`;

  // --- the story's people ------------------------------------------------------------------

  /**
   * A story character.
   * @param {string} id @param {string} name @param {Omit<PersonRecord, "id" | "name">} fields
   */
  const character = (id, name, fields) => {
    const n = names.reserve(name);
    return book.person({ id, name: n.name, ...fields, nameEn: n.nameEn });
  };
  /** @param {string} id @param {string} name @param {Partial<PersonRecord>} [extra] */
  const officer = (id, name, extra = {}) => character(id, name, { origin: "local", sector: "government", ...extra });
  /**
   * A 地域おこし協力隊 member: moves in for a 3-year term.
   * @param {string} id @param {string} name @param {string} joined
   * @param {"stayed" | "left" | "current" | string} fate "left" at term end, "stayed", "current", or the date of an early departure
   * @param {Partial<PersonRecord>} [extra]
   */
  const corps = (id, name, joined, fate, extra = {}) => {
    const tenureEnds = addYears(joined, 3);
    const left = fate === "left" ? tenureEnds : fate === "stayed" || fate === "current" ? undefined : fate;
    const fields = { origin: /** @type {const} */ ("outsider"), sector: /** @type {const} */ ("corps"), relationship: /** @type {const} */ ("work"), joined, left, tenureEnds, ...extra };
    // "姓 名" names are romanised from the lists; a katakana name brings its own nameEn.
    return name.includes(" ") ? character(id, name, fields) : book.person({ id, name, ...fields });
  };

  // Municipal officers (自治体職員): local, always present; initiator roles end at rotation.
  officer("g01", "佐藤 健二", { note: "Planning division 2016-2020 (started the workation programme), general affairs since April 2020." });
  officer("g02", "鈴木 美穂", { note: "Started the fan club in 2016; rotated to the tax division in April 2019." });
  officer("g03", "高橋 翔太", { note: "Fan club 2018-2022; rotated to the construction division in April 2022 with no successor." });
  officer("g04", "田中 直樹", { note: "Ran the trial-migration houses 2018-2021; rotated to the welfare division in April 2021." });
  officer("g05", "伊藤 由美", { note: "Hometown-tax officer 2016-2018; handed the gift programme to Murakami Seafoods." });
  officer("g06", "渡辺 大輔", { tenureEnds: "2026-04-01", note: "Hometown-tax officer since April 2021; rotation expected April 2026." });
  officer("g07", "山本 恵", { tenureEnds: "2027-04-01", note: "Led the tourism lab 2021-2024, handed it to the tourism association; now in the education board." });
  officer("g08", "中村 拓也", { tenureEnds: "2026-04-01", note: "Vacant-house bank officer since April 2023; rotation expected April 2026." });
  officer("g09", "小林 早苗", { note: "Set up the vacant-house bank in 2020; rotated to the citizens division in April 2023." });
  officer("g10", "加藤 誠", { tenureEnds: "2025-10-01", note: "Workation liaison in the planning division since April 2022; moves to the prefectural office in October 2025." });
  officer("g11", "吉田 綾", { joined: "2022-04-01", tenureEnds: "2027-04-01", note: "Hired in April 2022; town liaison of the internship." });
  officer("g12", "山田 隆", { note: "Head of the planning division until March 2021." });

  // 地域おこし協力隊 (regional revitalisation corps): outsiders on 3-year terms.
  corps("c01", "リアム・カーター", "2016-10-01", "left", { nameEn: "Liam Carter", note: "Ran the English camp; went back to Canada at the end of his term." });
  corps("c02", "松本 彩花", "2017-04-01", "stayed", { note: "Stayed on after her term; runs the co-working space and the workation programme since 2020." });
  corps("c03", "井上 大地", "2018-04-01", "stayed", { note: "Stayed on after his term; started the forest school in 2021." });
  corps("c04", "木村 沙織", "2018-07-01", "left", { note: "Trial-migration coordinator; left at the end of her term." });
  corps("c05", "林 悠斗", "2019-04-01", "left", { note: "Fan-club editor; left at the end of his term." });
  corps("c06", "清水 遥", "2020-04-01", "stayed", { note: "Stayed on after her term; product developer for the hometown-tax gifts and the shareholders." });
  corps("c07", "山崎 蓮", "2021-10-01", "left", { note: "Tourism lab; left at the end of his term." });
  corps("c08", "池田 真央", "2022-07-01", "current", { note: "Vacant-house bank; term ends July 2025." });
  corps("c09", "橋本 陸", "2023-04-01", "current", { note: "Workation coordinator; term ends April 2026." });
  corps("c10", "阿部 結衣", "2024-04-01", "current", { note: "Forest school; term ends April 2027." });
  corps("c11", "前田 翼", "2017-10-01", "2019-04-01", { note: "Left after 18 months, before the end of the term." });

  // Local nonprofits, firms and residents of the storyline.
  character("n01", "福田 直美", { origin: "local", sector: "nonprofit", note: "Director of the NPO かそら未来 (Kasora Mirai)." });
  character("n02", "太田 剛", { origin: "local", sector: "nonprofit", note: "Secretary-general of the Kasora tourism association." });
  character("n03", "西村 舞", { origin: "local", sector: "nonprofit", note: "Coordinator at かそら未来; the town's relationship guide (関係案内人)." });
  character("b01", "村上 修", { origin: "local", sector: "business", note: "Murakami Seafoods (村上水産), dried-fish maker." });
  character("b02", "遠藤 美紀", { origin: "local", sector: "business", note: "Endo Ryokan (遠藤旅館), inn." });
  character("b03", "青木 浩", { origin: "local", sector: "business", note: "Aoki Brewery (青木酒造), sake brewer." });
  character("b04", "坂本 智子", { origin: "local", sector: "business", note: "Runs the cafe by the station." });
  ids.n = 3; // the crowd's ids continue after the storyline's
  ids.b = 4;
  character("r001", "森田 和子", { origin: "local", sector: "resident", note: "Founded the monthly market in 2016." });
  character("r002", "石川 亮", { origin: "local", sector: "resident", note: "Market visitor in 2016, helper from 2018, organiser since 2021." });
  character("r003", "岡田 香織", { origin: "local", sector: "resident" });
  character("r004", "藤田 勝", { origin: "local", sector: "resident", note: "Retired English teacher." });
  character("r005", "後藤 千尋", { origin: "local", sector: "resident" });
  character("r006", "近藤 和夫", { origin: "local", sector: "resident", left: "2021-10-01", note: "Hosted trial-migration guests; moved to his daughter's in the city in 2021." });
  ids.r = 6;
  // Outsiders of the storyline.
  character("o001", "藤井 美咲", { origin: "outsider", relationship: "direct", joined: "2017-07-01", note: "Lives in the prefectural capital; came to the market as a visitor, now helps run it." });
  character("o002", "金子 颯太", { origin: "outsider", sector: "business", relationship: "work", joined: "2019-03-01", note: "2019 intern; moved to Kasora in 2020 and works at Endo Ryokan." });
  book.person({ id: "o003", name: "エマ・ラーセン", origin: "outsider", relationship: "direct", joined: "2018-08-01", nameEn: "Emma Larsen", note: "Remote designer from Copenhagen; workation guest in 2018, now co-runs the programme." });
  ids.o = 3;

  // --- the crowd: residents, firms, nonprofits -------------------------------------------------

  /** @type {string[]} */ const residents = [];
  for (let i = 0; i < 52; i++) {
    const n = names.fresh();
    residents.push(book.person({ id: nextId("r"), name: n.name, origin: "local", sector: "resident", nameEn: n.nameEn }));
  }
  /** @type {string[]} */ const firms = [];
  const FIRMS = ["farm", "rice farm", "woodwork shop", "jam maker", "bakery", "taxi company", "builder", "orchard", "fishing cooperative member", "liquor shop"];
  for (const what of FIRMS) {
    const n = names.fresh();
    firms.push(book.person({ id: nextId("b"), name: n.name, origin: "local", sector: "business", nameEn: n.nameEn, note: `Local ${what}.` }));
  }
  /** @type {string[]} */ const nonprofits = [];
  for (const what of ["Social welfare council (社会福祉協議会).", "Parents' association of the elementary school."]) {
    const n = names.fresh();
    nonprofits.push(book.person({ id: nextId("n"), name: n.name, origin: "local", sector: "nonprofit", nameEn: n.nameEn, note: what }));
  }

  // Households (strong family ties) and neighbours (weak ties) among residents.
  const storyResidents = ["r001", "r002", "r003", "r004", "r005", "r006"];
  const allResidents = [...storyResidents, ...residents];
  {
    const order = rnd.shuffle(allResidents);
    for (let i = 0; i < order.length; ) {
      const size = rnd.weighted([[1, 3], [2, 4], [3, 2]]);
      const house = order.slice(i, i + size);
      for (let x = 0; x < house.length; x++) for (let y = x + 1; y < house.length; y++) book.tie(/** @type {string} */ (house[x]), /** @type {string} */ (house[y]), "strong", { kind: "family" });
      i += size;
    }
    for (const r of allResidents) {
      for (let k = rnd.int(1, 2); k > 0; k--) book.tie(r, rnd.pick(allResidents.filter((x) => x !== r)), "weak", { kind: "neighbours", ifFree: true });
    }
    for (const f of [...firms, "b01", "b02", "b03", "b04"]) {
      for (let k = rnd.int(1, 3); k > 0; k--) book.tie(f, rnd.pick(allResidents), "weak", { kind: "customers", ifFree: true });
    }
  }

  // --- helpers for the crowd ---------------------------------------------------------------

  /**
   * People who can bring a newcomer in at `date`: `[id, from, to]` windows.
   * @param {readonly (readonly [string, string, string?])[]} windows @param {string} date
   */
  const recruiterAt = (windows, date) => {
    const ok = windows.filter(([id, from, to]) => from <= date && (to === undefined || date < to) && isPresent(id, date));
    return ok.length === 0 ? undefined : rnd.pick(ok)[0];
  };
  /** @param {string} id @param {string} date */
  const isPresent = (id, date) => {
    const p = book.personOf(id);
    return (p.joined === undefined || p.joined <= date) && (p.left === undefined || date < p.left);
  };

  /** A resident present at `date` (a relative of someone who moved away). @param {string} date */
  const relativeAt = (date) => rnd.pick(allResidents.filter((r) => isPresent(r, addDays(date, -120))));

  /** Ids of outsiders drawn for the crowd (the only ones whose presence may lapse). */
  /** @type {Set<string>} */ const crowd = new Set();

  /**
   * A new outsider, met through an insider (or not) shortly before their first role.
   * @param {{ relationship: Relationship, first: string, via?: string, viaStrength?: "strong" | "weak",
   *   viaKind?: string, sector?: PersonRecord["sector"], foreign?: boolean, note?: string, lead?: [number, number] }} o
   */
  const newcomer = (o) => {
    const [lo, hi] = o.lead ?? [14, 75];
    let joined = addDays(o.first, -rnd.int(lo, hi));
    if (o.via !== undefined) joined = later(joined, book.personOf(o.via).joined) ?? joined;
    const n = o.foreign ? names.foreign() : names.fresh();
    const id = book.person({
      id: nextId("o"),
      name: n.name,
      origin: "outsider",
      sector: o.sector,
      relationship: o.relationship,
      joined,
      nameEn: n.nameEn,
      note: o.note,
    });
    crowd.add(id);
    if (o.via !== undefined) book.tie(o.via, id, o.viaStrength ?? "weak", { from: joined, kind: o.viaKind ?? "acquaintance" });
    return id;
  };

  /** Relationship tables per kind of project (weights; see README: visits the largest share). */
  /** @type {Record<string, readonly (readonly [Relationship, number])[]>} */
  const REL = {
    fanclub: [["visit", 62], ["kinship", 20], ["leisure", 14], ["exchange", 4]],
    donors: [["visit", 50], ["kinship", 30], ["leisure", 15], ["exchange", 5]],
    workation: [["work", 35], ["leisure", 35], ["visit", 30]],
    market: [["visit", 55], ["leisure", 35], ["exchange", 10]],
    trial: [["exchange", 65], ["visit", 25], ["leisure", 10]],
    interns: [["work", 50], ["exchange", 50]],
    shareholders: [["exchange", 35], ["visit", 35], ["kinship", 20], ["leisure", 10]],
    akiya: [["exchange", 45], ["visit", 35], ["work", 20]],
    skilled: [["work", 55], ["exchange", 45]],
    families: [["leisure", 70], ["visit", 30]],
  };
  const VIA_KINDS = ["acquaintance", "friend of a friend", "met at a Tokyo fair", "social media", "former classmate", "former colleague"];

  // =============================================================================================
  // Project by project.
  // =============================================================================================

  // --- ふるさと納税 (hometown tax), 2016-: officer-led, handed over to a local firm in 2018 -----
  book.role("g05", "hometown-tax", "initiator", "2016-04-01", "2018-04-01");
  book.role("g05", "hometown-tax", "supporter", "2018-04-01", "2020-04-01");
  book.role("b01", "hometown-tax", "cooperator", "2016-04-01", "2018-04-01");
  book.role("b01", "hometown-tax", "initiator", "2018-04-01");
  book.tie("g05", "b01", "strong", { from: "2016-04-01", kind: "work" });
  book.role("b03", "hometown-tax", "supporter", "2016-04-01");
  book.role("c06", "hometown-tax", "cooperator", "2020-04-01");
  book.tie("c06", "b01", "strong", { from: "2020-06-01", kind: "work" });
  book.role("g06", "hometown-tax", "cooperator", "2021-04-01");
  book.tie("g06", "b01", "weak", { from: "2021-04-01", kind: "work" });
  const suppliers = rnd.shuffle(firms).slice(0, 5);
  const GIFTS = ["干物セット (dried fish)", "新米 10kg (rice)", "地酒 (sake)", "木工品 (woodwork)", "ジャム詰め合わせ (jam)", "りんご (apples)"];
  for (const [k, f] of suppliers.entries()) {
    const since = addYears("2016-04-01", Math.min(k, 3));
    book.role(f, "hometown-tax", "supporter", since);
    book.tie(f, "b01", "weak", { from: since, kind: "suppliers", ifFree: true });
  }
  for (let fy = 2016; fy <= 2024; fy++) {
    for (const f of ["b01", "b03", ...suppliers]) {
      const since = book.rolesIn(f, "hometown-tax")[0]?.from ?? "2016-04-01";
      if (`${fy}-04-01` < since) continue;
      const gift = f === "b01" ? GIFTS[0] : f === "b03" ? GIFTS[2] : rnd.pick(GIFTS.slice(1));
      book.contribute(f, "hometown-tax", "goods", `${fy}-${rnd.pick(["06", "09", "11"])}-15`, rnd.int(8, 40) * 50_000, `返礼品 ${gift}`, "hometown-tax");
    }
  }

  // --- かそら月イチ市 (monthly market), 2016-: resident-led, grows its own initiators ----------
  book.role("r001", "market", "initiator", "2016-06-01", "2021-04-01");
  book.role("r001", "market", "cooperator", "2021-04-01");
  book.role("r002", "market", "participant", "2016-06-01", "2018-04-01");
  book.role("r002", "market", "cooperator", "2018-04-01", "2021-04-01");
  book.role("r002", "market", "initiator", "2021-04-01");
  book.tie("r001", "r002", "weak", { from: "2016-06-01", kind: "market" });
  book.strengthen("r001", "r002", "2018-04-01");
  book.role("b04", "market", "cooperator", "2016-06-01");
  book.tie("r001", "b04", "strong", { kind: "friends" });
  book.role("o001", "market", "participant", "2017-08-01", "2019-04-01");
  book.role("o001", "market", "supporter", "2019-04-01", "2022-04-01");
  book.role("o001", "market", "cooperator", "2022-04-01");
  book.tie("r001", "o001", "weak", { from: "2017-07-01", kind: "met at a craft fair" });
  book.strengthen("r001", "o001", "2022-04-01", "market");
  book.role("c03", "market", "participant", "2018-05-01", "2019-04-01");
  book.role("c03", "market", "cooperator", "2019-04-01", "2021-04-01");
  book.role("c03", "market", "supporter", "2021-04-01");
  book.tie("r001", "c03", "weak", { from: "2018-04-15", kind: "neighbours" });
  book.role("r003", "market", "participant", "2019-06-01", "2021-04-01");
  book.role("r003", "market", "supporter", "2021-04-01", "2023-04-01");
  book.role("r003", "market", "cooperator", "2023-04-01");
  book.tie("r002", "r003", "weak", { from: "2019-05-01", kind: "market", ifFree: true });
  book.strengthen("r002", "r003", "2023-04-01", "market");
  book.role("c10", "market", "supporter", "2024-05-01");
  {
    const pool = rnd.shuffle(residents).slice(0, 20);
    for (const [k, r] of pool.entries()) {
      const from = rnd.date("2016-06-01", "2024-10-01");
      if (k < 6 && from < "2022-04-01") {
        const up = addMonths(from, rnd.int(12, 30));
        book.role(r, "market", "participant", from, up);
        book.role(r, "market", "supporter", up);
        book.contribute(r, "market", "people", addMonths(up, 2), rnd.int(2, 6), "当日スタッフ (helpers on the day)", "local-activity");
      } else {
        book.role(r, "market", "participant", from, rnd.chance(0.3) ? endOrOpen(addMonths(from, rnd.int(12, 36))) : undefined);
      }
    }
    const vendors = rnd.shuffle(firms).slice(0, 3);
    for (const f of vendors) {
      const from = rnd.date("2016-06-01", "2018-04-01");
      book.role(f, "market", "supporter", from);
      book.contribute(f, "market", "goods", addMonths(from, 1), undefined, "出店 (stall)", "local-activity");
    }
    book.role(/** @type {string} */ (nonprofits[0]), "market", "supporter", "2017-04-01");
    const recruiters = /** @type {const} */ ([["r001", "2016-06-01"], ["r002", "2018-04-01"], ["b04", "2016-06-01"], ["o001", "2019-04-01"], ["c03", "2019-04-01", "2021-04-01"]]);
    for (let k = 0; k < 12; k++) {
      const first = rnd.date("2016-08-01", "2024-12-01");
      const via = recruiterAt(recruiters, first);
      const id = newcomer({ relationship: rnd.weighted(REL.market), first, via, viaKind: rnd.pick(VIA_KINDS) });
      book.role(id, "market", "participant", first, rnd.chance(0.5) ? endOrOpen(addMonths(first, rnd.int(6, 30))) : undefined);
    }
  }
  book.contribute("o001", "market", "people", "2022-06-12", 8, "brought eight friends from the city as stall helpers", "local-activity");
  book.contribute("o001", "market", "information", "2023-05-14", undefined, "market page on social media", "promotion");

  // --- 架空町ファンクラブ (fan club), 2016-: officer-led, orphaned since April 2022 -------------
  book.role("g02", "fanclub", "initiator", "2016-10-01", "2019-04-01");
  book.role("g02", "fanclub", "supporter", "2019-04-01", "2021-04-01");
  book.role("g03", "fanclub", "cooperator", "2018-04-01", "2019-04-01");
  book.role("g03", "fanclub", "initiator", "2019-04-01", "2022-04-01");
  book.tie("g02", "g03", "strong", { from: "2018-04-01", kind: "colleagues" });
  book.role("c05", "fanclub", "cooperator", "2019-04-01");
  book.tie("g03", "c05", "weak", { from: "2019-04-01", kind: "colleagues" });
  book.role("g12", "fanclub", "supporter", "2016-10-01", "2021-04-01");
  /** @type {string[]} */ const fans = [];
  {
    const recruiters = /** @type {const} */ ([["g02", "2016-10-01", "2019-04-01"], ["g03", "2018-04-01", "2022-04-01"], ["c05", "2019-04-01", "2022-04-01"]]);
    const waves = /** @type {const} */ ([["2016-10-01", "2017-04-01", 9], ["2017-04-01", "2018-04-01", 9], ["2018-04-01", "2019-04-01", 7], ["2019-04-01", "2020-04-01", 6], ["2020-04-01", "2021-04-01", 4], ["2021-04-01", "2022-04-01", 3], ["2022-04-01", "2025-03-01", 2]]);
    let foreignLeft = 1;
    for (const [from, to, n] of waves) {
      for (let k = 0; k < n; k++) {
        const first = rnd.date(from, to);
        const relationship = rnd.weighted(REL.fanclub);
        let id;
        if (relationship === "kinship") {
          id = newcomer({ relationship, first, via: relativeAt(first), viaStrength: "strong", viaKind: "family", note: "Born in Kasora, lives in the city." });
        } else {
          const via = from >= "2022-04-01" ? undefined : recruiterAt(recruiters, first);
          const foreign = foreignLeft > 0 && from >= "2017-04-01";
          if (foreign) foreignLeft--;
          id = newcomer({ relationship, first, via, viaKind: rnd.pick(VIA_KINDS), foreign });
        }
        fans.push(id);
        if (rnd.chance(0.15) && first < "2021-01-01") {
          const up = addMonths(first, rnd.int(10, 24));
          book.role(id, "fanclub", "participant", first, up);
          book.role(id, "fanclub", "supporter", up);
          book.contribute(id, "fanclub", "information", addMonths(up, 1), undefined, "posts about Kasora on social media", "promotion");
        } else {
          book.role(id, "fanclub", "participant", first);
        }
      }
    }
    for (const r of rnd.shuffle(residents).slice(0, 3)) book.role(r, "fanclub", "supporter", rnd.date("2016-10-01", "2019-04-01"));
  }
  book.contribute("c05", "fanclub", "information", "2020-09-01", undefined, "fan-club newsletter (3 issues a year)", "promotion");

  // --- かそらワーケーション (workation), 2017-: officer-led, handed to a corps alumna in 2020 ---
  book.role("g01", "workation", "initiator", "2017-04-01", "2020-04-01");
  book.role("g01", "workation", "supporter", "2020-04-01");
  book.role("g12", "workation", "supporter", "2017-04-01", "2021-04-01");
  book.tie("g01", "g12", "strong", { kind: "colleagues" });
  book.role("c02", "workation", "cooperator", "2017-06-01", "2020-04-01");
  book.role("c02", "workation", "initiator", "2020-04-01");
  book.tie("g01", "c02", "strong", { from: "2017-06-01", kind: "work" });
  book.role("b02", "workation", "supporter", "2017-04-01", "2018-04-01");
  book.role("b02", "workation", "cooperator", "2018-04-01");
  book.role("c11", "workation", "supporter", "2017-10-01");
  book.tie("g01", "c11", "weak", { from: "2017-10-01", kind: "work" });
  book.role("o003", "workation", "participant", "2018-09-01", "2019-09-01");
  book.role("o003", "workation", "supporter", "2019-09-01", "2021-04-01");
  book.role("o003", "workation", "cooperator", "2021-04-01");
  book.tie("c02", "o003", "weak", { from: "2018-08-01", kind: "social media" });
  book.strengthen("c02", "o003", "2021-04-01", "work");
  book.role("g10", "workation", "cooperator", "2022-04-01");
  book.role("c09", "workation", "cooperator", "2023-04-01");
  book.contribute("b02", "workation", "goods", "2018-05-01", 1_200_000, "rooms at a workation rate", "visits");
  book.contribute("c02", "workation", "people", "2020-06-01", 12, "co-working space members", "local-activity");
  book.contribute("o003", "workation", "information", "2021-09-01", undefined, "English guide to working from Kasora", "promotion");
  {
    /** @type {string[]} */ const alumni = ["o003"];
    const insiders = /** @type {const} */ ([["g01", "2017-04-01", "2020-04-01"], ["c02", "2017-06-01"], ["b02", "2017-04-01"], ["c09", "2023-04-01"], ["g10", "2022-04-01"]]);
    for (let fy = 2017; fy <= 2024; fy++) {
      const n = fy === 2020 ? 2 : rnd.int(3, 4); // 2020: the pandemic year
      for (let k = 0; k < n; k++) {
        const first = rnd.date(`${fy}-05-01`, `${fy + 1}-03-01`);
        const friend = alumni.filter((a) => isPresent(a, addDays(first, -90)));
        const viaAlumnus = friend.length > 0 && rnd.chance(0.25);
        const via = viaAlumnus ? rnd.pick(friend) : recruiterAt(insiders, first);
        const id = newcomer({ relationship: rnd.weighted(REL.workation), first, via, viaKind: viaAlumnus ? "friends" : rnd.pick(VIA_KINDS), foreign: fy >= 2022 && k === 0 });
        alumni.push(id);
        const end = addYears(first, 1);
        if (rnd.chance(0.25) && end < AS_OF) {
          book.role(id, "workation", "participant", first, end);
          book.role(id, "workation", "supporter", end);
          book.contribute(id, "workation", "information", addMonths(end, 2), undefined, "article about working from Kasora", "promotion");
        } else {
          book.role(id, "workation", "participant", first, endOrOpen(end));
        }
        if (rnd.chance(0.3)) book.contribute(id, "workation", "people", addMonths(first, 3), rnd.int(1, 3), "brought colleagues on the next stay", "visits");
      }
    }
    for (const r of rnd.shuffle(residents).slice(0, 2)) book.role(r, "workation", "supporter", rnd.date("2017-06-01", "2019-04-01"));
    for (const f of rnd.shuffle(firms).slice(0, 2)) book.role(f, "workation", "supporter", rnd.date("2017-06-01", "2020-04-01"));
  }

  // --- えいごキャンプ (English camp), 2017-2020: started by a corps member, orphaned when he left -
  book.role("c01", "english-camp", "initiator", "2017-04-01", "2019-10-01");
  book.role("r004", "english-camp", "cooperator", "2017-04-01");
  book.role("r005", "english-camp", "participant", "2017-07-01", "2019-10-01");
  {
    const parents = rnd.shuffle(residents).slice(0, 8);
    for (const r of parents.slice(0, 6)) book.role(r, "english-camp", "participant", rnd.date("2017-06-01", "2019-06-01"));
    for (const r of parents.slice(6)) book.role(r, "english-camp", "supporter", rnd.date("2017-04-01", "2018-04-01"));
    book.role(/** @type {string} */ (nonprofits[1]), "english-camp", "supporter", "2017-04-01");
    for (let k = 0; k < 3; k++) {
      const first = rnd.date("2017-07-01", "2019-08-01");
      const id = newcomer({ relationship: rnd.weighted([["leisure", 1], ["exchange", 1]]), first, via: "c01", viaKind: "friends" });
      book.role(id, "english-camp", "participant", first, addMonths(first, rnd.int(2, 6)));
    }
  }
  book.contribute("r004", "english-camp", "information", "2017-08-01", undefined, "teaching materials", "knowledge");

  // --- お試し移住住宅 (trial migration), 2018-2022: officer-led, orphaned at rotation, closed --
  book.role("g04", "trial-stay", "initiator", "2018-04-01", "2021-04-01");
  book.role("c04", "trial-stay", "cooperator", "2018-07-01");
  book.role("r006", "trial-stay", "supporter", "2018-06-01");
  book.contribute("r006", "trial-stay", "goods", "2018-06-01", undefined, "lends a field to the guests", "trial-migration");
  {
    for (const r of rnd.shuffle(residents).slice(0, 3)) {
      const from = rnd.date("2018-05-01", "2019-04-01");
      book.role(r, "trial-stay", "supporter", from);
      book.contribute(r, "trial-stay", "goods", from, undefined, "hosts guests for dinner", "trial-migration");
    }
    const recruiters = /** @type {const} */ ([["g04", "2018-04-01", "2021-04-01"], ["c04", "2018-07-01", "2021-07-01"]]);
    for (let k = 0; k < 10; k++) {
      const first = rnd.date("2018-06-01", "2021-12-01");
      const id = newcomer({ relationship: rnd.weighted(REL.trial), first, via: recruiterAt(recruiters, first), viaKind: rnd.pick(VIA_KINDS) });
      const stayEnd = addDays(first, rnd.int(30, 90));
      book.role(id, "trial-stay", "participant", first, stayEnd);
      if (k === 1 || k === 4) {
        // Two guests moved to Kasora after their stay: still outsiders (came from elsewhere).
        const p = book.personOf(id);
        p.sector = "resident";
        p.note = `Moved to Kasora in ${stayEnd.slice(0, 4)} after a trial stay.`;
        crowd.delete(id);
        book.role(id, "market", "participant", addMonths(stayEnd, 3));
        book.tie(id, rnd.pick(residents), "weak", { from: addMonths(stayEnd, 1), kind: "neighbours", ifFree: true });
      }
    }
  }

  // --- かそら長期インターン (long internship), 2019-: NPO-led ----------------------------------
  book.role("n01", "internship", "initiator", "2019-04-01");
  book.role("n03", "internship", "cooperator", "2019-04-01");
  book.tie("n01", "n03", "strong", { kind: "colleagues" });
  book.role("b02", "internship", "supporter", "2019-04-01", "2021-04-01");
  book.role("b02", "internship", "cooperator", "2021-04-01");
  book.role("o002", "internship", "participant", "2019-04-01", "2020-04-01");
  book.role("o002", "internship", "cooperator", "2021-04-01");
  book.tie("n03", "o002", "weak", { from: "2019-03-01", kind: "university career fair" });
  book.tie("b02", "o002", "strong", { from: "2020-04-01", kind: "employer" });
  book.role("g11", "internship", "cooperator", "2022-04-01");
  book.contribute("n01", "internship", "people", "2019-04-01", 2, "recruits and coaches the interns", "local-activity");
  {
    const hosts = rnd.shuffle(firms).slice(0, 3);
    for (const f of hosts) book.role(f, "internship", "supporter", rnd.date("2019-04-01", "2021-04-01"));
    for (let fy = 2019; fy <= 2025; fy++) {
      for (let k = fy === 2019 ? 1 : 0; k < 2; k++) {
        const first = `${fy}-04-01`;
        const id = newcomer({ relationship: rnd.weighted(REL.interns), first, via: rnd.chance(0.75) ? "n03" : "n01", viaKind: rnd.pick(["university career fair", "professor's introduction", "online info session"]), lead: [20, 60] });
        const end = addYears(first, 1);
        if (fy === 2021 && k === 0) {
          book.role(id, "internship", "participant", first, end);
          book.role(id, "internship", "supporter", end);
          book.contribute(id, "internship", "information", addMonths(end, 6), undefined, "talks about Kasora at her university", "promotion");
        } else {
          book.role(id, "internship", "participant", first, endOrOpen(end));
        }
        book.tie(id, "b02", "weak", { from: first, kind: "host", ifFree: true });
      }
    }
  }

  // --- かそら ふるさと株主 (hometown shareholders), 2019-: led by a brewer -----------------------
  book.role("b03", "shareholders", "initiator", "2019-10-01");
  book.role("b04", "shareholders", "cooperator", "2019-10-01");
  book.tie("b03", "b04", "strong", { kind: "friends" });
  book.role("c06", "shareholders", "cooperator", "2020-10-01");
  book.contribute("b03", "shareholders", "goods", "2020-12-01", 300_000, "new-year sake for every shareholder", "visits");

  // --- 空き家バンク (vacant-house bank), 2020-: officer-led, officer to officer -------------------
  book.role("g09", "akiya-bank", "initiator", "2020-04-01", "2023-04-01");
  book.role("g08", "akiya-bank", "initiator", "2023-04-01");
  book.tie("g08", "g09", "weak", { kind: "colleagues" });
  book.role("c08", "akiya-bank", "cooperator", "2022-07-01");
  {
    for (const r of rnd.shuffle(residents).slice(0, 6)) {
      const from = rnd.date("2020-04-01", "2024-10-01");
      book.role(r, "akiya-bank", "supporter", from);
      book.contribute(r, "akiya-bank", "goods", from, undefined, "registered an empty house", "trial-migration");
    }
    const recruiters = /** @type {const} */ ([["g09", "2020-04-01", "2023-04-01"], ["g08", "2023-04-01"], ["c08", "2022-07-01"]]);
    for (let k = 0; k < 9; k++) {
      const first = rnd.date("2020-06-01", "2025-01-01");
      const id = newcomer({ relationship: rnd.weighted(REL.akiya), first, via: recruiterAt(recruiters, first), viaKind: rnd.pick(VIA_KINDS) });
      book.role(id, "akiya-bank", "participant", first, endOrOpen(addMonths(first, rnd.int(6, 18))));
      if (k === 2) {
        const p = book.personOf(id);
        p.sector = "resident";
        p.note = "Bought a house through the bank and moved in.";
        crowd.delete(id);
      }
    }
  }

  // --- 観光まちづくりラボ (tourism lab), 2021-: officer-led, handed to the tourism association -----
  book.role("g07", "tourism-lab", "initiator", "2021-04-01", "2024-04-01");
  book.role("g07", "tourism-lab", "supporter", "2024-04-01");
  book.role("n02", "tourism-lab", "cooperator", "2021-04-01", "2024-04-01");
  book.role("n02", "tourism-lab", "initiator", "2024-04-01");
  book.tie("g07", "n02", "strong", { from: "2021-04-01", kind: "work" });
  book.role("c07", "tourism-lab", "cooperator", "2021-10-01");
  {
    // 23 applied, 15 skilled outsiders were selected (echoing Minamioguni); two joined the core.
    for (let k = 0; k < 15; k++) {
      const first = "2021-06-01";
      const referred = k < 9;
      const relationship = k < 3 ? "direct" : rnd.weighted(REL.skilled);
      const id = newcomer({
        relationship,
        first,
        via: referred ? rnd.pick(["g07", "n02"]) : undefined,
        viaKind: "referral",
        foreign: k === 5,
        note: referred ? undefined : "Applied through a side-job matching site.",
      });
      book.role(id, "tourism-lab", "participant", first, "2022-04-01");
      if (k < 2) {
        book.role(id, "tourism-lab", "cooperator", "2022-04-01");
        book.contribute(id, "tourism-lab", "information", "2022-10-01", undefined, k === 0 ? "pricing plan for guided tours" : "new English website", "knowledge");
      } else if (k < 7) {
        book.role(id, "tourism-lab", "supporter", "2022-04-01", rnd.chance(0.5) ? "2024-04-01" : undefined);
        book.contribute(id, "tourism-lab", "information", "2021-11-01", undefined, "workshop advice", "knowledge");
      }
    }
    for (const r of rnd.shuffle(residents).slice(0, 5)) book.role(r, "tourism-lab", "participant", "2021-06-01", "2022-04-01");
    for (const f of rnd.shuffle(firms).slice(0, 2)) book.role(f, "tourism-lab", "supporter", "2021-06-01");
  }

  // --- もりのがっこう (forest school), 2021-: launched by a corps alumnus -----------------------
  book.role("c03", "forest-school", "initiator", "2021-04-01");
  book.role("r005", "forest-school", "cooperator", "2021-04-01");
  book.tie("c03", "r005", "weak", { from: "2019-06-01", kind: "market" });
  book.role("c10", "forest-school", "cooperator", "2024-06-01");
  book.role(/** @type {string} */ (nonprofits[1]), "forest-school", "supporter", "2021-04-01");
  {
    const parents = rnd.shuffle(residents).slice(0, 9);
    book.role(/** @type {string} */ (parents[0]), "forest-school", "cooperator", "2022-04-01");
    for (const r of parents.slice(1, 3)) book.role(r, "forest-school", "supporter", rnd.date("2021-04-01", "2023-04-01"));
    for (const r of parents.slice(3)) book.role(r, "forest-school", "participant", rnd.date("2021-04-01", "2024-10-01"));
    const recruiters = /** @type {const} */ ([["c03", "2021-04-01"], ["r005", "2021-04-01"], ["c10", "2024-06-01"]]);
    for (let k = 0; k < 5; k++) {
      const first = rnd.date("2021-07-01", "2025-01-01");
      const id = newcomer({ relationship: rnd.weighted(REL.families), first, via: recruiterAt(recruiters, first), viaKind: rnd.pick(VIA_KINDS) });
      book.role(id, "forest-school", "participant", first, rnd.chance(0.4) ? endOrOpen(addYears(first, 1)) : undefined);
    }
  }
  book.contribute("c03", "forest-school", "people", "2021-05-01", 1, "full-time guide", "local-activity");

  // --- hometown-tax donors: some fans, most found the town on a portal site ---------------------
  {
    const AMOUNTS = /** @type {const} */ ([[10_000, 30], [20_000, 25], [30_000, 20], [50_000, 15], [100_000, 10]]);
    const fansToo = rnd.shuffle(fans.filter((f) => (book.personOf(f).joined ?? "") < "2021-01-01")).slice(0, 7);
    /** @type {string[]} */ const donors = [...fansToo];
    for (let k = 0; k < 16; k++) {
      const relationship = rnd.weighted(REL.donors);
      const first = `${rnd.int(2016, 2023)}-12-${String(rnd.int(1, 28)).padStart(2, "0")}`;
      const id =
        relationship === "kinship"
          ? newcomer({ relationship, first, via: relativeAt(first), viaStrength: "strong", viaKind: "family", note: "Born in Kasora, lives in the city." })
          : newcomer({ relationship, first, note: "Found Kasora on a hometown-tax portal site." });
      donors.push(id);
    }
    for (const id of donors) {
      const joined = book.personOf(id).joined ?? "2016-04-01";
      let year = Math.max(2016, Number(joined.slice(0, 4)));
      /** @type {string[]} */ const dates = [];
      for (; year <= 2024; year++) {
        const date = `${year}-12-${String(rnd.int(1, 28)).padStart(2, "0")}`;
        if (date < joined) continue;
        if (dates.length > 0 && !rnd.chance(0.65)) break;
        dates.push(date);
      }
      if (dates.length === 0) continue;
      for (const date of dates) book.contribute(id, "hometown-tax", "money", date, rnd.weighted(AMOUNTS), "ふるさと納税 (hometown-tax donation)", "hometown-tax");
      const first = /** @type {string} */ (dates[0]);
      const last = /** @type {string} */ (dates[dates.length - 1]);
      const to = endOrOpen(addYears(last, 1));
      if (dates.length >= 3) {
        book.role(id, "hometown-tax", "participant", first, dates[2]);
        book.role(id, "hometown-tax", "supporter", dates[2], to);
      } else {
        book.role(id, "hometown-tax", "participant", first, to);
      }
    }
  }

  // --- shareholders: existing friends of the town first, then their friends --------------------
  {
    const recruiters = /** @type {const} */ ([["b03", "2019-10-01"], ["b04", "2019-10-01"], ["c06", "2020-10-01"]]);
    const known = rnd.shuffle([...fans, ...book.people.filter((p) => crowd.has(p.id) && book.rolesIn(p.id, "workation").length > 0).map((p) => p.id)]);
    /** @type {string[]} */ const holders = [];
    for (const id of known) {
      if (holders.length >= 5) break;
      const since = later(book.personOf(id).joined, "2019-10-01") ?? "2019-10-01";
      if (since > "2022-01-01" || !isPresent(id, since)) continue;
      const from = rnd.date(since, addMonths(since, 12));
      holders.push(id);
      book.role(id, "shareholders", "supporter", from);
      const via = recruiterAt(recruiters, from);
      if (via) book.tie(via, id, "weak", { from, kind: "shareholders", ifFree: true });
    }
    for (let k = 0; k < 11; k++) {
      const first = rnd.date("2019-11-01", "2024-12-01");
      const id = newcomer({ relationship: rnd.weighted(REL.shareholders), first, via: recruiterAt(recruiters, first), viaKind: rnd.pick(VIA_KINDS) });
      holders.push(id);
      book.role(id, "shareholders", "supporter", first);
    }
    for (const id of holders) {
      const from = /** @type {string} */ (book.rolesIn(id, "shareholders")[0]?.from);
      book.contribute(id, "shareholders", "money", from, 10_000 * rnd.int(1, 3), "株主 (shares bought)", "hometown-tax");
    }
    // Friends of shareholders on the annual brewery tour: two hops from the core.
    for (let k = 0; k < 6; k++) {
      const first = `${rnd.int(2021, 2024)}-10-${String(rnd.int(1, 28)).padStart(2, "0")}`;
      const friend = rnd.pick(holders.filter((h) => (book.personOf(h).joined ?? "") < addDays(first, -60) && isPresent(h, first)));
      const id = newcomer({ relationship: rnd.weighted([["visit", 2], ["leisure", 1]]), first, via: friend, viaKind: "friends" });
      book.role(id, "shareholders", "participant", first, endOrOpen(addYears(first, 1)));
    }
  }

  // --- corps cohorts and the circles around the story -------------------------------------------
  {
    const corpsIds = book.people.filter((p) => p.sector === "corps").map((p) => p.id);
    for (let x = 0; x < corpsIds.length; x++) {
      for (let y = x + 1; y < corpsIds.length; y++) {
        const a = book.personOf(/** @type {string} */ (corpsIds[x]));
        const b = book.personOf(/** @type {string} */ (corpsIds[y]));
        const from = /** @type {string} */ (later(a.joined, b.joined));
        if (from < /** @type {string} */ (earlier(a.left, b.left) ?? "9999")) book.tie(a.id, b.id, "weak", { from, kind: "corps", ifFree: true });
      }
    }
    book.strengthen("c02", "c03", "2019-04-01", "friends");
    book.strengthen("c03", "c06", "2021-04-01", "friends");
    book.tie("g12", "c01", "weak", { from: "2016-10-01", kind: "supervisor", ifFree: true });
    book.tie("g04", "c04", "weak", { from: "2018-07-01", kind: "supervisor", ifFree: true });
    book.tie("g09", "c08", "weak", { from: "2022-07-01", kind: "supervisor", ifFree: true });
    // Officers know each other.
    const officers = book.people.filter((p) => p.sector === "government").map((p) => p.id);
    for (const g of officers) {
      for (let k = 0; k < 3; k++) {
        const other = rnd.pick(officers.filter((x) => x !== g));
        const from = later(book.personOf(g).joined, book.personOf(other).joined);
        book.tie(g, other, "weak", { from, kind: "colleagues", ifFree: true });
      }
    }
    // The town-making council (まちづくり協議会, from 2019): people who have started projects meet.
    const council = ["g01", "g02", "g03", "g04", "g05", "g09", "r001", "r002", "b01", "b03", "n01", "n02", "c02", "c03"];
    for (let x = 0; x < council.length; x++) {
      for (let y = x + 1; y < council.length; y++) {
        if (rnd.chance(0.35)) {
          const a = /** @type {string} */ (council[x]);
          const b = /** @type {string} */ (council[y]);
          const from = later("2019-06-01", later(book.personOf(a).joined, book.personOf(b).joined));
          book.tie(a, b, "weak", { from, kind: "town-making council", ifFree: true });
        }
      }
    }
  }

  // --- cores: initiators and cooperators who work together grow strong ties --------------------
  // (Not everywhere: the fan club's core stays loose, which is part of why it was orphaned.)
  for (const j of book.projects) {
    if (j.id === "fanclub") continue;
    const core = book.roles.filter((r) => r.project === j.id && (r.role === "initiator" || r.role === "cooperator"));
    for (const r of core) {
      if (r.role !== "cooperator") continue;
      for (const i of core) {
        if (i.role !== "initiator" || i.person === r.person) continue;
        const pr = book.personOf(r.person);
        const pi = book.personOf(i.person);
        const a = period(r.from, r.to, j.start, j.end, pr.joined, pr.left);
        const b = period(i.from, i.to, j.start, j.end, pi.joined, pi.left);
        if (!overlaps(a, b)) continue;
        const from = a.from > b.from ? a.from : b.from;
        if (from === "" || rnd.chance(0.1)) continue;
        book.strengthen(r.person, i.person, addMonths(from, rnd.int(2, 8)), "work");
      }
    }
  }

  // --- a few friendships among outsiders (newcomers who met at the same project) ----------------
  {
    const outsiders = book.people.filter((p) => crowd.has(p.id));
    for (let k = 0; k < 25; k++) {
      const a = rnd.pick(outsiders);
      const b = rnd.pick(outsiders);
      if (a.id === b.id) continue;
      const shared = book.roles.some((r) => r.person === a.id && book.roles.some((s) => s.person === b.id && s.project === r.project));
      if (!shared) continue;
      const from = later(a.joined, b.joined);
      book.tie(a.id, b.id, "weak", { from: from === undefined ? undefined : addMonths(from, 1), kind: "met at the project", ifFree: true });
    }
  }

  // --- lapsed outsiders: whose roles have all ended drift away ----------------------------------
  for (const p of book.people) {
    if (!crowd.has(p.id)) continue;
    const mine = book.roles.filter((r) => r.person === p.id);
    if (mine.length === 0 || mine.some((r) => r.to === undefined)) {
      // a registered fan who never came back: the open membership ends with the presence
      if (!(mine.length === 1 && mine[0]?.project === "fanclub" && mine[0]?.role === "participant" && rnd.chance(0.2))) continue;
    }
    let last = p.joined ?? HISTORY_START;
    for (const r of mine) last = later(last, later(r.from, r.to)) ?? last;
    for (const e of book.ties) if (e.a === p.id || e.b === p.id) last = later(last, later(e.from, e.to)) ?? last;
    for (const c of book.contributions) if (c.person === p.id) last = later(last, c.date) ?? last;
    const left = addDays(last, rnd.int(30, 240));
    if (left < "2025-03-01" && rnd.chance(0.6)) p.left = left;
  }

  return finish(book);
}

/**
 * Puts the records in a stable, readable order and wraps them with the town header.
 * @param {Book} book
 * @returns {ExampleTownRecords}
 */
function finish(book) {
  const GROUP = ["g", "c", "n", "b", "r", "o"];
  const personOrder = (/** @type {string} */ id) => GROUP.indexOf(id[0] ?? "") * 10_000 + Number(id.slice(1));
  const projectOrder = new Map(book.projects.map((p, i) => [p.id, i]));
  const cmp = (/** @type {string | undefined} */ a, /** @type {string | undefined} */ b) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);
  const people = book.people.slice().sort((a, b) => personOrder(a.id) - personOrder(b.id));
  const roles = book.roles
    .slice()
    .sort(
      (a, b) =>
        /** @type {number} */ (projectOrder.get(a.project)) - /** @type {number} */ (projectOrder.get(b.project)) ||
        cmp(a.from, b.from) ||
        personOrder(a.person) - personOrder(b.person) ||
        cmp(a.to, b.to),
    );
  const ties = book.ties
    .map((e) => (personOrder(e.a) <= personOrder(e.b) ? e : { ...e, a: e.b, b: e.a }))
    .map((e) => clean({ a: e.a, b: e.b, strength: e.strength, from: e.from, to: e.to, kind: e.kind }))
    .sort((x, y) => cmp(x.from, y.from) || personOrder(x.a) - personOrder(y.a) || personOrder(x.b) - personOrder(y.b) || cmp(x.to, y.to));
  const contributions = book.contributions
    .slice()
    .sort((x, y) => cmp(x.date, y.date) || personOrder(x.person) - personOrder(y.person) || cmp(x.project, y.project) || cmp(x.note, y.note));
  const normalisedPeople = people.map((p) =>
    clean({ id: p.id, name: p.name, origin: p.origin, sector: p.sector, relationship: p.relationship, joined: p.joined, left: p.left, tenureEnds: p.tenureEnds, nameEn: p.nameEn, note: p.note, ...p }),
  );
  return {
    town: {
      id: "kasora",
      name: "架空町",
      asOf: AS_OF,
      nameEn: "Kasora (fictional)",
      note: "A fictional town made up for Kankei's examples; every person and firm in it is invented.",
      historyStart: HISTORY_START,
    },
    people: normalisedPeople,
    projects: book.projects.map((p) => ({ ...p })),
    roles: roles.map((r) => ({ ...r })),
    ties,
    contributions: contributions.map((c) => ({ ...c })),
  };
}

// ---------------------------------------------------------------------------------------------
// As a script: write town.json and, when the CSV writer exists, the two CSV copies.
// ---------------------------------------------------------------------------------------------

async function main() {
  const { fileURLToPath } = await import("node:url");
  const { dirname, join } = await import("node:path");
  const fs = await import("node:fs");
  const core = await import("@kankei/core");
  const io = await import("@kankei/core/io");
  const here = dirname(fileURLToPath(import.meta.url));
  const town = core.createTown(buildExampleTown());
  fs.writeFileSync(join(here, "town.json"), io.serializeTown(town));
  console.log(`wrote ${join(here, "town.json")}: ${town.people.length} people, ${town.projects.length} projects, ${town.roles.length} roles, ${town.ties.length} ties, ${town.contributions.length} contributions`);

  /** @type {any} */
  const anyCore = io;
  if (typeof anyCore.writeCsvBundle !== "function") {
    console.log("skipped the CSV copies: @kankei/core/io does not export writeCsvBundle (yet); rebuild it and run this again");
    return;
  }
  for (const [dir, options] of /** @type {const} */ ([
    ["csv", { lang: "en", encoding: "utf-8" }],
    ["csv-sjis", { lang: "ja", encoding: "shift_jis" }],
  ])) {
    const out = join(here, dir);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    /** @type {Record<string, Uint8Array>} */
    const files = anyCore.writeCsvBundle(town, options);
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(join(out, name), bytes);
    console.log(`wrote ${out}/ (${options.encoding}, ${options.lang} headers): ${Object.keys(files).sort().join(", ")}`);
  }
}

const invokedAsScript = await (async () => {
  if (typeof process === "undefined" || !process.argv?.[1]) return false;
  const { fileURLToPath } = await import("node:url");
  const { resolve } = await import("node:path");
  return resolve(process.argv[1]) === fileURLToPath(import.meta.url);
})();

if (invokedAsScript) await main();
