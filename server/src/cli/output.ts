/** Where the command line writes, so that tests can capture it, and the error that means exit 2. */

export interface Output {
  print(line: string): void;
  error(line: string): void;
}

export const processOutput: Output = {
  print: (line) => void process.stdout.write(`${line}\n`),
  error: (line) => void process.stderr.write(`${line}\n`),
};

/** A mistake in the command line or a path that cannot be read: exit code 2, message on stderr. */
export class UsageError extends Error {}
