/**
 * Saving a file from the browser (ダウンロード): the content becomes a Blob, a temporary Blob
 * URL is clicked through a hidden link, and the URL is revoked right after. Nothing is sent
 * anywhere; the file goes straight to the coordinator's downloads.
 *
 * @module
 */

/** Media types of what the viewer exports. */
export const MEDIA_TYPES = Object.freeze({
  json: "application/json;charset=utf-8",
  gexf: "application/gexf+xml;charset=utf-8",
  png: "image/png",
});

/**
 * A file name for an export: the town's id (or name) and the date, made safe for any file
 * system (anything but letters, digits, `-` and `_` becomes `_`; Japanese letters are kept).
 *
 * @example
 * ```ts
 * import { exportFileName } from "./download.js";
 * exportFileName("架空町", "2025-04-01", "gexf"); // "架空町-2025-04-01.gexf"
 * exportFileName("my town/2", "2025-04-01", "json"); // "my_town_2-2025-04-01.json"
 * ```
 */
export function exportFileName(town: string, date: string, extension: string): string {
  const safe = town.replace(/[^\p{L}\p{N}_-]+/gu, "_").replace(/^_+|_+$/g, "") || "town";
  return `${safe}-${date}.${extension}`;
}

/**
 * Downloads `content` as a file named `fileName` through a temporary Blob URL.
 *
 * @example
 * ```ts
 * import { downloadBlob } from "./download.js";
 * if (typeof document !== "undefined") downloadBlob("town.json", "{}", "application/json");
 * ```
 */
export function downloadBlob(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
