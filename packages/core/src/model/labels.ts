/**
 * Display labels of the domain's terms in English and Japanese (domain.md §2), for summaries,
 * reports and the viewer. The CSV bundle reads the Japanese labels as values too.
 *
 * @module
 */

import type { Lead, Origin, Relationship, Resource, RoleName, Sector, Strength } from "./records.js";

/** A display language. */
export type Lang = "en" | "ja";

/** Labels of every enumerated value, per language. */
export interface TermLabels {
  role: Record<RoleName, string>;
  origin: Record<Origin, string>;
  sector: Record<Sector, string>;
  relationship: Record<Relationship, string>;
  strength: Record<Strength, string>;
  lead: Record<Lead, string>;
  resource: Record<Resource, string>;
}

/**
 * English and Japanese labels of the domain's terms.
 *
 * @example
 * ```ts
 * import { TERMS } from "@kankei/core";
 * TERMS.ja.role.initiator; // "仕掛け人"
 * TERMS.en.origin.outsider; // "outsider"
 * ```
 */
export const TERMS: Readonly<Record<Lang, TermLabels>> = Object.freeze({
  en: {
    role: { initiator: "initiator", cooperator: "cooperator", supporter: "supporter", participant: "participant" },
    origin: { local: "local", outsider: "outsider" },
    sector: {
      government: "municipal officer",
      business: "local business",
      resident: "resident",
      nonprofit: "nonprofit",
      corps: "revitalisation corps",
      other: "other",
    },
    relationship: {
      visit: "simple visit",
      kinship: "kinship",
      leisure: "leisure",
      exchange: "participation and exchange",
      work: "work",
      direct: "direct contribution",
    },
    strength: { strong: "strong", weak: "weak" },
    lead: { public: "public-led", private: "private-led", mixed: "mixed" },
    resource: { people: "people", goods: "goods", money: "money", information: "information" },
  },
  ja: {
    role: { initiator: "仕掛け人", cooperator: "協力者", supporter: "支援者", participant: "参加者" },
    origin: { local: "地域内", outsider: "地域外" },
    sector: {
      government: "自治体職員",
      business: "地元企業",
      resident: "地元住民",
      nonprofit: "NPO・団体",
      corps: "地域おこし協力隊",
      other: "その他",
    },
    relationship: {
      visit: "単純訪問",
      kinship: "地縁・血縁",
      leisure: "余暇",
      exchange: "参加・交流",
      work: "就業・就労",
      direct: "直接寄与",
    },
    strength: { strong: "強", weak: "弱" },
    lead: { public: "行政主導", private: "民間主導", mixed: "混合" },
    resource: { people: "ヒト", goods: "モノ", money: "カネ", information: "情報" },
  },
});
