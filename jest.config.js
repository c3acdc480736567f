/** Unit tests live beside the code (libs/<lib>/src/...spec.ts) and need no services.
 *  Integration and end-to-end tests live in tests/ and talk to the real NATS and PostgreSQL. */
const moduleNameMapper = {
  '^@newsflow/(.*)$': '<rootDir>/libs/$1/src',
};
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
// Tests in tests/ need NATS and PostgreSQL: started once per run when they do not answer (see the setup file).
const services = { globalSetup: '<rootDir>/tests/support/global-setup.ts', globalTeardown: '<rootDir>/tests/support/global-teardown.ts' };
module.exports = {
  testTimeout: 180000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, ...services, displayName: 'integration', testMatch: ['<rootDir>/tests/**/*.test.ts'] },
    // Long fault scenarios against real processes: only under `npm run test:faults`, never in `npm test`.
    ...(process.env.NEWSFLOW_FAULT_TESTS ? [{ ...common, ...services, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.fault.ts'] }] : []),
  ],
};
