/**
 * `@kankei/viewer`: the browser viewer of a town's relationship-population network (関係人口の
 * ネットワーク・ビューア). `mountViewer(element, town, options)` draws the town with sigma.js
 * and its panels in any element and returns a handle; the pure display logic (view state,
 * reducers, layouts, the interface text) is exported as well, for tests and other front ends.
 *
 * The viewer needs a browser (WebGL, a DOM); the pure modules also run in Node.
 *
 * @module @kankei/viewer
 */

export { mountViewer, type ViewerHandle, type ViewerOptions } from "./mount.js";
export * from "./state/view-state.js";
export * from "./state/timeline.js";
export * from "./display/palette.js";
export * from "./display/scene.js";
export * from "./display/derive-scene.js";
export * from "./display/node-reducer.js";
export * from "./display/edge-reducer.js";
export * from "./display/node-size.js";
export * from "./layout/circular.js";
export * from "./layout/forceatlas2.js";
export * from "./analysis/town-analysis.js";
export * from "./analysis/search.js";
export * from "./i18n/messages.js";
export * from "./i18n/problems.js";
export * from "./io/open-files.js";
export * from "./io/download.js";
