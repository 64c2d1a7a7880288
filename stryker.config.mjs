// Mutation testing (issue 14): only the code where a wrong line changes what users get,
// checked by the fast specs that cover it. Not part of `npm test`; run `npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    configFile: 'test/mutation/jest.config.mjs',
    enableFindRelatedTests: true,
  },
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'src/write/*/domain/**/*.ts',
    'src/write/command-handling/**/*.ts',
    'src/write/cutoffs/**/*.ts',
    'src/read/*/*.projection.ts',
    'src/read/progress-report/**/*.ts',
    'src/core/access-scope.ts',
    'src/projections/engine/**/*.ts',
    // Code that moved out of the files above: the old projection pipeline's loop and wait (now
    // the log processor, the reactor base and the shared backoff), and the events' metadata.
    'src/processing/**/*.ts',
    'src/reactors/reactor.ts',
    'src/core/backoff.ts',
    // Moved out of a domain folder and the reactor base: the decider states' shared map, and the
    // bounded parallel loop.
    'src/core/lineage-map.ts',
    'src/core/in-parallel.ts',
    'src/event-store/event-metadata.ts',
    // When a certificate is valid and renews (renewal, reminders), which addresses a webhook may
    // reach (SSRF), when a failed delivery is tried again, and who renders a request.
    'src/core/certificate-validity.ts',
    'src/core/address-policy.ts',
    'src/reactors/webhook-delivery/delivery-schedule.ts',
    'src/reactors/certificate-generation/render-leases.ts',
    // Where secrets and personal data live (issue 25): the learners' keys and the sealing of
    // their profiles, the issuer keys and the credentials they sign, the bearer tokens.
    'src/personal-data/**/*.ts',
    'src/credentials/**/*.ts',
    'src/auth/**/*.ts',
    // Needs a MongoDB server, which a mutation run does not have; its contract suite runs it
    // where there is one (test/personal-data/mongo-personal-data-keys.int.spec.ts).
    '!src/personal-data/mongo-personal-data-keys.ts',
    '!src/**/*.spec.ts',
    '!src/**/*.controller.ts',
    '!src/**/*.module.ts',
    // Answer schemas document the contract; the contract tests check them against every answer.
    '!src/**/*.answers.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: 1,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};
