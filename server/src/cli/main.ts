/**
 * The `isnad` command line: `check`, `export`, `figures` and `lsp`. Flags are parsed with node:util and
 * validated with zod; exit codes follow ESLint (0 clean, 1 problems, 2 usage or internal error).
 */
import { checkOptionsSchema, runCheck } from "./check";
import { parse, validate } from "./args";
import { processOutput, UsageError, type Output } from "./output";

declare const ISNAD_VERSION: string;
const version = typeof ISNAD_VERSION === "string" ? ISNAD_VERSION : "0.0.0-dev";

const HELP = `isnad ${version} — source criticism for figures in the news

Usage:
  isnad check [paths…] [--root DIR] [--format text|json|sarif] [--all] [--max-warnings N] [--locale en|ar]
      Index every .claims file under the root (default: the current directory) and print
      the diagnostics of the given paths (default: all). Exit 0 when clean, 1 on an error
      or more than N warnings, 2 on a usage error or an unreadable path.
      --all             also print information diagnostics
      --locale en|ar    language of the messages (default: English)
  isnad export [paths…] [--root DIR] --format csv|claimreview|web-annotation [--out FILE]
      Write the claims of the given paths (default: all) for other tools: a CSV row a claim,
      schema.org ClaimReview JSON-LD for each contested claim, or a W3C Web Annotation for
      each quote found in its article. To stdout, or to FILE (never through a symbolic link).
  isnad figures FILE… [--format text|json] [--published DATE] [--lang ar|fr|en] [--root DIR]
      List every figure an article text states, with its reading.
  isnad lsp --stdio | --node-ipc
      Start the language server (for any LSP editor).
  isnad --help | --version
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, out);
      case "export": {
        const { runExportCommand } = await import("./export");
        return await runExportCommand(rest, out, HELP);
      }
      case "figures": {
        const { runFiguresCommand } = await import("./figures");
        return await runFiguresCommand(rest, out);
      }
      case "lsp": {
        const { startServer } = await import("../lsp/server");
        startServer();
        return -1; // the server keeps the process alive
      }
      case "--version":
      case "-v":
        out.print(version);
        return 0;
      case "--help":
      case "-h":
      case "help":
        out.print(HELP);
        return 0;
      case undefined:
        out.error(HELP);
        return 2;
      default:
        throw new UsageError(`unknown command \`${command}\`; try isnad --help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      out.error(`isnad: ${e.message}`);
      return 2;
    }
    out.error(`isnad: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}

async function check(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    root: { type: "string" },
    format: { type: "string" },
    all: { type: "boolean" },
    "max-warnings": { type: "string" },
    locale: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    out.print(HELP);
    return 0;
  }
  const options = validate(checkOptionsSchema, {
    paths: positionals,
    root: values.root,
    format: values.format,
    all: values.all,
    maxWarnings: values["max-warnings"],
    locale: values.locale,
  });
  return runCheck(options, out, version);
}
