/**
 * One jest run for the whole tree: pure unit tests beside the code, integration tests that boot the
 * real services against PostgreSQL. Workspace packages resolve to their TypeScript sources.
 */
const workspaces = {
  roles: 'packages/roles',
  kernel: 'packages/kernel',
  testkit: 'packages/testkit',
  'provider-fakes': 'packages/provider-fakes',
  organization: 'subgraphs/organization',
  identity: 'subgraphs/identity',
  billing: 'subgraphs/billing',
  payouts: 'subgraphs/payouts',
  compliance: 'subgraphs/compliance',
  gateway: 'gateway',
  worker: 'worker',
};

/**
 * TEST_GROUP=services: everything but the dashboard's browser tests; TEST_GROUP=browser: only those.
 * Unset: everything. npm test runs the browser group after the rest, one file at a time: each file
 * brings a whole system, a Next.js server and Chromium, and two side by side starve two cores. It
 * runs them in a worker (`--workerIdleMemoryLimit` forces one): in band, MikroORM's state from one
 * file's module realm breaks the next file.
 */
const group = process.env['TEST_GROUP'];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: group === 'browser' ? ['<rootDir>/web/test'] : ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/worker', '<rootDir>/web', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.next/', ...(group === 'services' ? ['<rootDir>/web/test/'] : [])],
  modulePathIgnorePatterns: ['<rootDir>/web/\\.next/'],
  moduleNameMapper: {
    ...Object.fromEntries(Object.entries(workspaces).map(([name, dir]) => [`^@guildhall/${name}$`, `<rootDir>/${dir}/src/index.ts`])),
    '^@guildhall/kernel/json-fields$': '<rootDir>/packages/kernel/src/validation/json-fields.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
