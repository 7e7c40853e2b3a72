import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["server/src/**/*.test.ts", "client/src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    setupFiles: ["./vitest.setup.ts"],
  },
});
