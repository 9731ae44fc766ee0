/**
 * `@kankei/core`: the typed town model of a relationship-population network (関係人口), the
 * measures of the circular model, rotation events and the simulation.
 *
 * This entry uses no Node-only API: it runs in Node, in browsers and in Deno. The file formats
 * (JSON, CSV bundle, GEXF, GraphML) are `@kankei/core/io`; reading and writing files on disk is
 * `@kankei/core/node`; fast-check arbitraries are `@kankei/core/testing`.
 *
 * @module @kankei/core
 */

export * from "./model/records.js";
export * from "./model/date.js";
export * from "./model/town.js";
export * from "./model/labels.js";
export * from "./model/summary.js";
export * from "./model/ids.js";
export * from "./validation/errors.js";
export * from "./validation/validate.js";
export * from "./graph/tie-graph.js";
export * from "./graph/hop-distances.js";
export * from "./graph/graph-key.js";
export * from "./measures/json.js";
export * from "./measures/reach/index.js";
export * from "./measures/succession/index.js";
export * from "./measures/cohesion/index.js";
export * from "./measures/circulation/index.js";
export * from "./measures/brokerage/index.js";
export * from "./measures/sna/index.js";
export * from "./measures/evidence/index.js";
export * from "./tables/to-tables.js";
export * from "./synth/generate-town.js";
export * from "./rotation/index.js";
export * from "./simulation/index.js";
