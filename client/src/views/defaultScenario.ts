import type { ScenarioEvent } from '@pactum/shared';

/** The event the scenario view starts with; the workspace keeps it while the view loads and after it closes. */
export const DEFAULT_SCENARIO: ScenarioEvent = {
  trigger: 'armed-attack',
  severity: 3,
  verifiedBy: 'joint-monitoring-mission',
};
