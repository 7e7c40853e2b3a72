/** The process entry of the `isnad` bundle: run the command line and exit with its code. */
import { main } from "./main";

// A reader that stops early (`isnad check | head`) must not turn into a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exitCode = code;
});
