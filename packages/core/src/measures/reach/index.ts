/**
 * Weak-tie reach (弱い紐帯の到達範囲, domain.md §5): how far the core of a town's projects
 * reaches over all ties and over strong ties only, the critical weak ties, local bridges and
 * connected components, all computed over the compiled tie graph (`compileTieGraph`).
 *
 * @module
 */
export * from "./hops.js";
export * from "./components.js";
export * from "./neighbourhood-sizes.js";
export * from "./critical-ties.js";
export * from "./local-bridges.js";
export * from "./weak-tie-reach.js";
