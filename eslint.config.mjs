// Lint: typescript-eslint's recommended rules, and the layer boundary as a rule: the core knows
// nothing of LSP, VS Code or Node, so that it runs in the CLI, the server, tests and the browser.
import tseslint from "typescript-eslint";

/** What no file of the core may import: VS Code, LSP, Node, or the layers above it. */
const CORE_PATHS = [
  { name: "vscode", message: "The core knows nothing of VS Code." },
  { name: "fs", message: "The core reaches files through the FileSystem interface." },
  { name: "path", message: "The core works on URIs (vscode-uri), not Node paths." },
];
const CORE_PATTERNS = [
  { group: ["vscode-languageserver*", "vscode-languageclient*"], message: "The core knows nothing of LSP: translate in server/src/lsp." },
  { group: ["node:*"], message: "The core is free of Node APIs (it runs in VS Code for the Web too)." },
  { group: ["**/lsp/**", "**/cli/**", "**/node/**"], message: "Layers point one way: the core imports nothing above it." },
];

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", ".vscode-test/", ".e2e/", ".bench/", "test-results/", "coverage/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: CORE_PATHS,
          patterns: CORE_PATTERNS,
        },
      ],
    },
  },
  {
    // The index runs no check: checks and analyses read the workspace, never the reverse.
    files: ["server/src/core/workspace/**/*.ts"],
    ignores: ["server/src/core/workspace/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: CORE_PATHS,
          patterns: [
            ...CORE_PATTERNS,
            { group: ["**/checks/*", "!**/checks/codes", "**/analysis/**", "**/actions/**"], message: "The workspace is an index: checks and analyses read it, it imports none of them (ARCHITECTURE.md)." },
          ],
        },
      ],
    },
  },
  {
    // Tests beside the core may read fixtures from disk; the code they test may not.
    files: ["server/src/core/**/*.test.ts", "server/src/core/testing/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "vscode", message: "The core knows nothing of VS Code." }],
          patterns: [{ group: ["vscode-languageserver*", "vscode-languageclient*"], message: "The core knows nothing of LSP." }],
        },
      ],
    },
  },
  {
    // The extension is a thin client: it shares only the protocol module with the server.
    files: ["client/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/server/src/core/**", "**/server/src/node/**", "**/server/src/cli/**"], message: "The client knows the server only through server/src/lsp/protocol.ts." },
            { group: ["**/server/src/lsp/*", "!**/server/src/lsp/protocol"], message: "The client knows the server only through server/src/lsp/protocol.ts." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", __dirname: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
