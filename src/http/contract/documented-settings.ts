/**
 * The service as openapi.json documents it: with the test clock mounted (its two endpoints are
 * part of the contract acceptance suites use), and nothing running in the background.
 */
export const DOCUMENTED_SETTINGS = {
  TEST_CLOCK: '1',
  REACTORS: 'off',
  PROJECTIONS: 'off',
  CUTOFF_SCHEDULER: 'off',
  LOG_LEVEL: 'silent',
} as const;
