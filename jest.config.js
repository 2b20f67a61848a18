/**
 * One jest run for shared, server and the client's pure modules: unit specs
 * next to the code (*.spec.ts) and integration tests against a real PostgreSQL
 * (server/test/**\/*.int-spec.ts). Browser tests live in e2e/ with their own config.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@ratusz/shared$': '<rootDir>/shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  rootDir: '.',
};

export default {
  projects: [
    { ...common, displayName: 'shared', roots: ['<rootDir>/shared/src'], testMatch: ['**/*.spec.ts'] },
    // The client's pure modules (rules, routes, reducers); components are covered by the e2e tests.
    { ...common, displayName: 'client', roots: ['<rootDir>/client/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'server',
      roots: ['<rootDir>/server/src', '<rootDir>/server/test', '<rootDir>/migrations'],
      testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
      globalSetup: '<rootDir>/server/test/global-setup.mjs',
      globalTeardown: '<rootDir>/server/test/global-teardown.mjs',
      setupFiles: ['<rootDir>/server/test/setup-env.mjs'],
    },
  ],
  testTimeout: 30000,
  // Jest's default leaves a core idle (one worker on a 2-core machine), but the integration tests mostly wait for
  // PostgreSQL and the network: a worker per core took the suite from about 14 to about 8 minutes here.
  maxWorkers: '100%',
};
