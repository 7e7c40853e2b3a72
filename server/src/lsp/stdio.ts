/**
 * The server's connection over stdin and stdout (`isnad lsp --stdio`, what editors other than
 * VS Code start). Messages are cut out of stdin by FrameScanner: one that is malformed is said in
 * the log and costs itself at most, and the server answers the next. The end of stdin ends the
 * server, and the console writes to the log, not into the protocol, as vscode-languageserver's
 * own stdio transport does.
 */
import { inspect } from "node:util";
import {
  AbstractMessageReader,
  createConnection,
  Disposable,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Message,
  type MessageReader,
} from "vscode-languageserver/node";
import { FrameScanner } from "./frames";

export function stdioConnection(): Connection {
  let warn = (what: string): void => void process.stderr.write(`isnad: malformed input: ${what}\n`);
  const connection = createConnection(ProposedFeatures.all, new RecoveringReader(process.stdin, (what) => warn(what)), new StreamMessageWriter(process.stdout));
  warn = (what) => connection.console.warn(`malformed input: ${what}`);
  // This is the one `onShutdown` of the server: the exit code says whether the client asked for the end.
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on("end", end);
  process.stdin.on("close", end);
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  return connection;
}

/** A MessageReader on a byte stream that skips what is not a message instead of losing its place. */
class RecoveringReader extends AbstractMessageReader implements MessageReader {
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly warn: (what: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const scanner = new FrameScanner((body) => {
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch (e) {
        this.warn(`skipped a message that is not JSON (${(e as Error).message})`);
        return;
      }
      callback(message as Message);
    }, this.warn);
    const onData = (chunk: Buffer) => scanner.push(chunk);
    this.input.on("data", onData);
    this.input.on("error", (error: Error) => this.fireError(error));
    this.input.on("close", () => this.fireClose());
    return Disposable.create(() => void this.input.off("data", onData));
  }
}
