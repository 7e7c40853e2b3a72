// The extension-host tests' entry: VS Code loads this module as `extensionTestsPath` and awaits
// `run()`, whether it runs under @vscode/test-electron (`npm run test:vscode`) or in code-server
// (`npm run test:e2e`). e2e/build-tests.mjs bundles it, mocha included, into out/test/.
import Mocha from "mocha";

/** Runs every suite; rejects when a test failed, which makes the runner exit non-zero. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: "tdd", timeout: 60_000, color: false, reporter: "spec" });
  // The suites are bundled with this module rather than loaded from files, so mocha's globals
  // (`suite`, `test`) are set up here, as mocha does before it requires a test file.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, "client/src/test", mocha);
  await import("./suite/activation.suite");
  await import("./suite/diagnostics.suite");
  await import("./suite/navigation.suite");
  await import("./suite/editing.suite");
  await import("./suite/inline.suite");
  await import("./suite/navigation2.suite");
  await import("./suite/codeActions.suite");
  await import("./suite/structure.suite");

  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
  // The code-server runner reads this line to count tests (e2e/run.mjs).
  console.log(`isnad-e2e result ${JSON.stringify({ passed, failed })}`);
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
