/** Three projects: fast unit tests of the core and shared code, end-to-end tests in real Chromium and in real Firefox. */
const tsJest = [
  'ts-jest',
  { tsconfig: { jsx: 'react-jsx', jsxImportSource: 'preact', module: 'commonjs', esModuleInterop: true, isolatedModules: true } },
];
export default {
  // e2e tests start Chromium; jest ignores testTimeout inside projects, so it is set here for all
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'firefox',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/firefox'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
