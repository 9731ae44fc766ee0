/**
 * `@kankei/core/testing`: fast-check arbitraries of valid towns, for property tests.
 * Needs `fast-check` (an optional peer dependency of `@kankei/core`).
 *
 * @module @kankei/core/testing
 */
export * from "./testing/arbitraries.js";
export * from "./testing/scenarios.js";
