// Lint rules of the Office add-in ecosystem (eslint-plugin-office-addins: Office.js
// load/sync rules, no context.sync() in loops; React; Prettier with Office's settings),
// applied to TypeScript and TSX, with the globals each part of the code runs with.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettier from "eslint-plugin-prettier";
import react from "eslint-plugin-react";
import globals from "globals";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin, prettier, react },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeExtension: "readonly" },
    },
    settings: { react: { version: "detect" } },
    rules: {
      // A sync per loop iteration is the slowest thing an add-in can do; only the
      // documented chunked writer may sync per block.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off", // TypeScript checks names, including Office's globals
      "no-redeclare": "off",
      "no-unused-vars": "off", // the TypeScript rule below understands types and signatures
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
