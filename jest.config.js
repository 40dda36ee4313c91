/**
 * Three projects: pure code runs in node, React components in jsdom, and the end-to-end
 * tests drive the built pages in real Chromium (built once by their globalSetup).
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      moduleResolution: "node",
      isolatedModules: true,
    },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      setupFiles: ["<rootDir>/test/custom-functions-global.ts", "<rootDir>/test/register-all.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx", "<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
      globalSetup: "<rootDir>/scripts/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/scripts/e2e/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/setup.ts"],
    },
  ],
};
