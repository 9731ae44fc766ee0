/**
 * What every panel is built from: the view state, the town's measures, and the way to change
 * the view. Panels never change anything themselves; they dispatch actions.
 *
 * @module
 */

import type { TownAnalysis } from "../analysis/town-analysis.js";
import type { ViewAction, ViewState } from "../state/view-state.js";

/** The inputs of a panel. */
export interface PanelContext {
  state: ViewState;
  analysis: TownAnalysis;
  dispatch: (action: ViewAction) => void;
}
