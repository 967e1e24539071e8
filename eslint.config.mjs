// ESLint as Microsoft's Office add-in templates set it up (office-addins rules, Prettier), with the
// TypeScript parser set explicitly (the plugin's own reference to it does not resolve under ESM) and TSX.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "dist-preview/",
      "coverage/",
      "screenshots/",
      "test-output/",
      ".stryker-tmp/",
      "reports/",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: {
      "@typescript-eslint": officeAddins.configs.recommended[2].plugins["@typescript-eslint"],
    },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": "error",
      "no-unused-vars": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        window: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  {
    // The office-addins rules know Office.js by method names (getCell, getRange); ExcelJS and the preview's
    // engine share those names, so the rules apply to the Office.js adapter only.
    files: ["**/*.{ts,tsx,js}"],
    ignores: ["src/excel/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-navigational-load": "off",
    },
  },
  {
    // The core is pure: no Office.js, no DOM, no file system (see the developers' guide).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "fs",
            "fs/promises",
            "node:fs",
            "node:fs/promises",
            "path",
            "node:path",
            "exceljs",
            "react",
            "react-dom",
          ],
          patterns: [
            "@microsoft/office-js*",
            "office-*",
            "../excel/*",
            "../files/*",
            "../taskpane/*",
            "../preview/*",
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "OfficeExtension",
        "document",
        "window",
        "navigator",
        "localStorage",
        "require",
      ],
    },
  },
];
