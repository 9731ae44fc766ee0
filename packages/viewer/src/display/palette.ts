/**
 * The viewer's colours (配色). Roles use the Okabe–Ito palette, chosen so that people with the
 * common colour-vision deficiencies (protanopia, deuteranopia, tritanopia) can still tell the
 * roles apart; outsiders are told apart by a dark border, not by colour, so the two codes never
 * compete. Strong ties are drawn thick and dark, weak ties thin and light.
 *
 * Source: Okabe, M. and Ito, K. (2008), "Color Universal Design (CUD): how to make figures
 * and presentations that are friendly to colorblind people" (カラーユニバーサルデザイン).
 *
 * @module
 */

import type { RoleName } from "@kankei/core";
import type { RiskLevel } from "@kankei/core";

/** A person's highest current role, or `"none"`. */
export type RoleKey = RoleName | "none";

/** The eight colours of Okabe and Ito (2008). */
export const OKABE_ITO = Object.freeze({
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
});

/** Fill colour per highest current role. */
export const ROLE_COLORS: Readonly<Record<RoleKey, string>> = Object.freeze({
  initiator: OKABE_ITO.vermillion,
  cooperator: OKABE_ITO.blue,
  supporter: OKABE_ITO.bluishGreen,
  participant: OKABE_ITO.orange,
  none: "#B8B8B8",
});

/** The roles from the centre of the circular model outwards, "none" last. */
export const ROLE_KEYS: readonly RoleKey[] = Object.freeze(["initiator", "cooperator", "supporter", "participant", "none"]);

/** Colours of everything else the graph and the panels draw. */
export const COLORS = Object.freeze({
  /** Border of an outsider (地域外・よそ者). */
  outsiderBorder: "#1A1A1A",
  /** A person or tie pushed to the background by a selection. */
  dimmed: "#E4E4E4",
  dimmedBorder: "#C8C8C8",
  /** A person who leaves in the what-if: white fill, reddish-purple border. */
  departedFill: "#FFFFFF",
  departedBorder: OKABE_ITO.reddishPurple,
  strongTie: "#4D4D4D",
  weakTie: "#C4C4C4",
  /** A tie pushed to the background. */
  dimmedTie: "#F0F0F0",
  /** A tie of the selected person or inside the selected project. */
  focusTie: "#1F1F1F",
  background: "#FFFFFF",
});

/** Colour of each succession-risk level in the panels (always shown with its name). */
export const LEVEL_COLORS: Readonly<Record<RiskLevel, string>> = Object.freeze({
  critical: OKABE_ITO.vermillion,
  high: OKABE_ITO.orange,
  moderate: OKABE_ITO.yellow,
  low: OKABE_ITO.bluishGreen,
});

/**
 * The fill colour of a person with this highest current role (`null`: no role).
 *
 * @example
 * ```ts
 * import { roleColor } from "./palette.js";
 * roleColor("initiator"); // "#D55E00"
 * roleColor(null); // "#B8B8B8"
 * ```
 */
export function roleColor(role: RoleName | null): string {
  return ROLE_COLORS[role ?? "none"];
}
