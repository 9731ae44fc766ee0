/**
 * The language of the command line's output: `--lang`, else `KANKEI_LANG`, else the locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`): Japanese when it starts with `ja`, English otherwise.
 *
 * @module
 */

import type { Lang } from "@kankei/core";

/**
 * Picks the output language.
 *
 * @example
 * ```ts
 * import { detectLang } from "@kankei/cli";
 * detectLang(undefined, { LANG: "ja_JP.UTF-8" }); // "ja"
 * detectLang("en", { LANG: "ja_JP.UTF-8" }); // "en"
 * ```
 */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const pick = flag ?? env.KANKEI_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return pick.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/**
 * The width of a text in a terminal: East Asian wide and full-width characters count 2.
 *
 * @example
 * ```ts
 * import { displayWidth } from "@kankei/cli";
 * displayWidth("仕掛け人"); // 8
 * displayWidth("abc"); // 3
 * ```
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * Pads a text on the right to a display width.
 *
 * @example
 * ```ts
 * import { padDisplay } from "@kankei/cli";
 * padDisplay("協力者", 8); // "協力者  "
 * ```
 */
export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Pads a text on the left to a display width.
 *
 * @example
 * ```ts
 * import { padDisplayStart } from "@kankei/cli";
 * padDisplayStart("12", 5); // "   12"
 * ```
 */
export function padDisplayStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
