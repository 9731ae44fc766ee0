/**
 * Standard social network analysis (標準的なネットワーク分析, domain.md §6) over a town at a
 * date: degree, betweenness, closeness, eigenvector, PageRank, Louvain communities and
 * modularity, components, cut points and bridges, Burt's constraint and effective size.
 *
 * Conventions shared by every measure here:
 * - `fn(town, options?)`; `options.t` is the date (default: the date of a measure,
 *   domain.md §3). The network is `G_all(t)`: people present at `t`, ties active at `t`.
 * - Per-person results are a `Map` from person id to number, one entry per person present at
 *   `t` in town order, returned with the date and the options used (defaults filled in).
 * - Tie strength becomes a number only through an option named for its meaning:
 *   `strengthDistance` (a path length), `strengthAffinity` (community pull) or
 *   `strengthInvestment` (Burt's time and energy); never an ambiguous `weight`.
 * - Iterative measures converge to a tight tolerance or throw a `ConvergenceError`.
 *
 * @module
 */
export { degree, type DegreeOptions } from "./degree.js";
export { betweenness, type BetweennessOptions, type PathLength } from "./betweenness.js";
export { closeness, type ClosenessOptions } from "./closeness.js";
export { eigenvector, type EigenvectorOptions, type IterativeValues } from "./eigenvector.js";
export { pagerank, type PageRankOptions } from "./pagerank.js";
export { communities, type CommunityOptions, type CommunitiesResult } from "./communities.js";
export { modularity, type ModularityOptions, type ModularityResult, type Partition } from "./modularity.js";
export { components, type ComponentsOptions, type ComponentsResult } from "./components.js";
export { cutPoints, type CutPointOptions, type CutPointsResult } from "./cut-points.js";
export { bridges, type Bridge, type BridgeOptions, type BridgesResult } from "./bridges.js";
export { constraint, type StructuralHoleOptions } from "./constraint.js";
export { effectiveSize } from "./effective-size.js";
export type { AtDate, PersonValues, Resolved } from "./person-values.js";
export type { StrengthNumbers } from "./strength-values.js";
export { ConvergenceError } from "../errors.js";
