/**
 * The viewer's style sheet, added once to the page as a `<style>` element (the viewer loads no
 * remote font or sheet). The font list prefers Japanese system fonts (IPA, Noto CJK, Hiragino,
 * Yu Gothic, Meiryo) so that Japanese labels render on every platform.
 *
 * @module
 */

/** The font stack of the panels and of the graph's labels. */
export const FONT_FAMILY =
  '"IPAGothic", "IPAexGothic", "IPAPGothic", "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", "Meiryo", system-ui, sans-serif';

/** The style sheet, scoped to `.kv-root`. */
export const VIEWER_CSS = `
.kv-root { font-family: ${FONT_FAMILY}; font-size: 14px; color: #1a1a1a; background: #fff; display: flex; flex-direction: column; height: 100%; min-height: 480px; box-sizing: border-box; }
.kv-root *, .kv-root *::before, .kv-root *::after { box-sizing: inherit; }
.kv-root button, .kv-root select, .kv-root input { font: inherit; }
.kv-root button { cursor: pointer; border: 1px solid #8a8a8a; background: #f6f6f6; border-radius: 4px; padding: 2px 8px; color: inherit; }
.kv-root button:hover { background: #ececec; }
.kv-root :focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.kv-toolbar, .kv-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; padding: 6px 10px; border-bottom: 1px solid #ddd; }
.kv-toolbar h1 { font-size: 17px; margin: 0 8px 0 0; }
.kv-status { color: #444; }
.kv-group { display: inline-flex; align-items: center; gap: 6px; }
.kv-file input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.kv-file label { border: 1px solid #0072B2; color: #0072B2; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.kv-file input[type=file]:focus-visible + label { outline: 3px solid #0072B2; outline-offset: 2px; }
.kv-date-slider { width: 220px; }
.kv-date-label { font-variant-numeric: tabular-nums; min-width: 7em; }
.kv-search { position: relative; }
.kv-search-results { position: absolute; z-index: 10; top: 100%; left: 0; background: #fff; border: 1px solid #bbb; list-style: none; margin: 2px 0 0; padding: 4px; min-width: 220px; max-height: 300px; overflow: auto; }
.kv-search-results:empty { display: none; }
.kv-main { flex: 1; display: flex; min-height: 0; }
.kv-graph { flex: 1; position: relative; min-width: 0; min-height: 360px; background: #fff; }
.kv-side { width: 420px; max-width: 45%; overflow: auto; border-left: 1px solid #ddd; padding: 0 12px 24px; }
.kv-side h2 { font-size: 16px; margin: 16px 0 6px; }
.kv-side h3 { font-size: 14px; margin: 12px 0 4px; }
.kv-side h4 { font-size: 13px; margin: 10px 0 4px; }
.kv-projects { list-style: none; padding: 0; margin: 0; }
.kv-project-item { margin: 0 0 4px; }
.kv-project { width: 100%; text-align: left; display: flex; flex-wrap: wrap; gap: 2px 6px; align-items: center; }
.kv-project[aria-pressed=true] { background: #e6f0f8; border-color: #0072B2; }
.kv-project-name { font-weight: 600; }
.kv-level { display: inline-block; border: 2px solid; border-radius: 10px; padding: 0 6px; font-size: 12px; background: #fff; }
.kv-level-critical { font-weight: 700; }
.kv-orphaned { border-color: #000; background: #000; color: #fff; font-weight: 700; }
.kv-orphan-note { font-weight: 700; margin: 2px 0; }
.kv-explanation { margin: 2px 0 4px; padding-left: 18px; font-size: 12px; }
.kv-ready { color: #1a6b2f; font-weight: 600; }
.kv-not-ready { color: #a03c00; }
.kv-num, .kv-standin-count { color: #444; font-size: 12px; font-variant-numeric: tabular-nums; }
.kv-detail { border-left: 3px solid #0072B2; margin: 4px 0 10px 6px; padding: 2px 0 2px 10px; }
.kv-figures { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 4px 0; }
.kv-figures dt { color: #444; }
.kv-figures dd { margin: 0; font-variant-numeric: tabular-nums; }
.kv-successors, .kv-initiators { padding-left: 22px; margin: 2px 0; }
.kv-successors > li, .kv-initiators > li { margin: 0 0 6px; }
.kv-reasons { margin: 2px 0 0; padding-left: 16px; color: #555; font-size: 12px; }
.kv-reason { color: #555; font-size: 12px; }
.kv-link { border: none !important; background: none !important; color: #0a58a5 !important; text-decoration: underline; padding: 0 !important; }
.kv-whatif { font-size: 12px; border-color: #CC79A7 !important; }
.kv-whatif[aria-pressed=true] { background: #f7e6ef !important; }
.kv-whatif-box { border: 2px solid #CC79A7; border-radius: 6px; padding: 4px 10px 8px; margin: 6px 0; }
.kv-outcome { font-size: 12px; margin: 2px 0 4px 10px; }
.kv-outcome-none { color: #a03c00; font-weight: 600; }
.kv-standin-mark { color: #006b4f; font-size: 12px; }
.kv-table { border-collapse: collapse; margin: 4px 0; font-size: 13px; }
.kv-table caption { text-align: left; font-weight: 600; margin-bottom: 2px; }
.kv-table th, .kv-table td { border-bottom: 1px solid #e2e2e2; padding: 2px 8px 2px 0; text-align: left; }
.kv-table td { font-variant-numeric: tabular-nums; }
.kv-current td { font-weight: 600; }
.kv-ties { columns: 2; padding-left: 18px; margin: 2px 0; }
.kv-strength-strong { font-weight: 700; }
.kv-legend-list { list-style: none; padding: 0; margin: 0; }
.kv-legend-list li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.kv-swatch { display: inline-block; width: 14px; height: 14px; border-radius: 50%; }
.kv-line { display: inline-block; width: 28px; height: 0; }
.kv-note { color: #555; font-size: 12px; }
.kv-errors { border: 2px solid #D55E00; background: #fff4ec; border-radius: 6px; padding: 6px 12px; margin: 8px 10px 0; }
.kv-errors[hidden] { display: none; }
.kv-errors h2 { font-size: 15px; margin: 4px 0; }
.kv-errors ul { margin: 4px 0; padding-left: 20px; max-height: 220px; overflow: auto; }
.kv-error-detail { color: #555; font-size: 12px; }
.kv-drop { outline: 4px dashed #0072B2; outline-offset: -8px; }
.kv-fallback { padding: 24px; color: #a03c00; }
`;
