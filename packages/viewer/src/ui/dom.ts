/**
 * Building the panels' DOM safely (安全な DOM 生成): every piece of user data (names, ids,
 * project names, file names, messages) goes in as a text node or `textContent`, never as
 * HTML, so a name like `<img onerror=…>` shows as text. Panels are rebuilt on every change of
 * the view; {@link replaceKeepingFocus} puts the keyboard focus back on the element with the
 * same `data-key`, so rebuilding never throws a keyboard user out of the panel.
 *
 * @module
 */

/** Properties of an element made by {@link h}. */
export interface ElementProps {
  /** CSS class names. */
  class?: string;
  /** Text content (safe: set with `textContent`). */
  text?: string;
  /** Attributes (values set with `setAttribute`, never parsed as HTML). */
  attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Inline style properties. */
  style?: Partial<CSSStyleDeclaration>;
  /** A stable key: the focus returns to the element with the same key after a rebuild. */
  key?: string;
  /** Click handler (buttons answer Enter and Space by themselves). */
  onClick?: (event: MouseEvent) => void;
}

/** A child of {@link h}: an element, a text (safe), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/**
 * Makes an element with safe text, attributes and children.
 *
 * @example
 * ```ts
 * import { h } from "./dom.js";
 * if (typeof document !== "undefined") {
 *   const b = h("button", { text: "<b>not bold</b>", attrs: { type: "button" } });
 *   b.textContent; // "<b>not bold</b>"
 * }
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.key !== undefined) el.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  if (props.style) Object.assign(el.style, props.style);
  if (props.onClick) (el as HTMLElement).addEventListener("click", props.onClick);
  if (props.text !== undefined) el.textContent = props.text;
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return el;
}

/**
 * Replaces a container's children and gives the focus back to the element with the same
 * `data-key` as the element that had it.
 *
 * @example
 * ```ts
 * import { h, replaceKeepingFocus } from "./dom.js";
 * if (typeof document !== "undefined") {
 *   const panel = h("div");
 *   replaceKeepingFocus(panel, [h("button", { key: "ok", text: "OK" })]);
 *   panel.children.length; // 1
 * }
 * ```
 */
export function replaceKeepingFocus(container: HTMLElement, children: readonly Child[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  // one fragment, not an argument spread: a panel may list many people
  const fragment = document.createDocumentFragment();
  for (const c of children) if (c !== null && c !== undefined && c !== false) fragment.append(typeof c === "number" ? String(c) : c);
  container.replaceChildren(fragment);
  if (key !== undefined) {
    for (const el of container.querySelectorAll<HTMLElement>("[data-key]")) {
      if (el.dataset.key === key) {
        el.focus();
        break;
      }
    }
  }
}
