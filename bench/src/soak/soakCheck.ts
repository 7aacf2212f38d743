/** How big a run is: each check reads the one knob it has. */
export interface SoakScale {
  /** convergence: seeded runs. */
  seeds?: number;
  /** durability: kill -9 rounds. */
  rounds?: number;
  /** frames: hostile frames sent. */
  count?: number;
  /** soak: minutes of load. */
  minutes?: number;
  /** convergence: replay one seed. */
  seed?: number;
}

/**
 * What a long-run check reports: its figures (printed as a table and written
 * to bench/results/soak-<name>.json) and whether its claim held. A check that
 * does not hold exits the command with 1, so `npm test` fails on it.
 */
export interface SoakResult {
  /** "seeds run", "divergences", …, in the order they should be read. */
  figures: Array<[label: string, value: string | number]>;
  /** Every claim of the check held (no divergence, nothing lost, no stall…). */
  held: boolean;
  /** One line per claim that did not hold, with what is needed to replay it (e.g. the seed). */
  failures: string[];
  /** Anything else worth keeping in the JSON (per-round details). */
  details?: unknown;
}

export type SoakCheck = (scale: SoakScale) => Promise<SoakResult>;
