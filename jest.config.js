/** Unit tests live beside the code (libs/<lib>/src/...spec.ts) and need no services.
 *  Integration and end-to-end tests live in tests/ and talk to the real NATS and PostgreSQL. */
const moduleNameMapper = {
  '^@newsflow/(.*)$': '<rootDir>/libs/$1/src',
};
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
module.exports = {
  testTimeout: 180000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/**/*.test.ts'] },
    // Long fault scenarios against real processes: only under `npm run test:faults`, never in `npm test`.
    ...(process.env.NEWSFLOW_FAULT_TESTS ? [{ ...common, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.fault.ts'] }] : []),
  ],
};
