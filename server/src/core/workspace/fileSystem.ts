/**
 * How the core reaches files: through this interface only, so that the same core runs in Node
 * (the command line, the server), in a browser (VS Code for the Web) and in tests (in memory).
 */
import { said, type Message } from "../messages";

/** A file that is there but was not read, and why, as plain data (see {@link unreadableMessage}). */
export type Unreadable =
  | { readonly kind: "unreadable-file"; readonly why: "folder" | "fifo" | "socket" | "device" | "outside" | "link-loop" | "denied" | "error"; readonly detail?: string }
  | { readonly kind: "file-too-large"; readonly bytes: number; readonly limit: number };

/** `maxFileSizeMB` counts mebibytes, as VS Code's own file size settings do. */
export const BYTES_PER_MB = 2 ** 20;

export interface FileSystem {
  /** The bytes of a file; undefined when there is no such file; why not, when it is there but was not read. */
  readFile(uri: string): Promise<Uint8Array | Unreadable | undefined>;
  /** Every file below `rootUri` whose name ends with `suffix`, skipping `node_modules` and dot-folders. */
  findFiles(rootUri: string, suffix: string): Promise<string[]>;
  /**
   * The same as `readFile`, at once, for hosts that can (Node, memory): the workspace then holds
   * only the article texts in use and reads the others again when asked.
   */
  readFileSync?(uri: string): Uint8Array | Unreadable | undefined;
  /** The largest file to read, in bytes (from `maxFileSizeMB`): a larger one is `file-too-large`, never read in part. */
  limitFileSize?(bytes: number): void;
}

/** Why a file was not read, in a sentence that names it. */
export function unreadableMessage(name: string, file: Unreadable): { message: string; l10n: Message } {
  if (file.kind === "file-too-large") {
    const mb = (bytes: number) => String(Number((bytes / BYTES_PER_MB).toPrecision(3)));
    return said("{0} is {1} MB, above the limit of {2} MB (`maxFileSizeMB` in isnad.json); it is not read", name, mb(file.bytes), mb(file.limit));
  }
  switch (file.why) {
    case "folder":
      return said("{0} is a folder, not a file; it is not read", name);
    case "fifo":
      return said("{0} is a named pipe (FIFO), not a regular file; it is not read", name);
    case "socket":
      return said("{0} is a socket, not a regular file; it is not read", name);
    case "device":
      return said("{0} is a device, not a regular file; it is not read", name);
    case "outside":
      return said("{0} is a link that leads outside the workspace; it is not read", name);
    case "link-loop":
      return said("{0} is a link that leads back to itself; it is not read", name);
    case "denied":
      return said("{0} may not be read (permission denied)", name);
    case "error":
      return said("{0} could not be read ({1})", name, file.detail ?? "");
  }
}

/** A file system held in memory: path → text. For tests and for tools that have the texts already. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private maxFileSize = Infinity;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [uri, content] of Object.entries(files)) this.write(uri, content);
  }

  write(uri: string, content: string | Uint8Array): void {
    this.files.set(uri, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  async readFile(uri: string): Promise<Uint8Array | Unreadable | undefined> {
    return this.readFileSync(uri);
  }

  readFileSync(uri: string): Uint8Array | Unreadable | undefined {
    const bytes = this.files.get(uri);
    return bytes && bytes.length > this.maxFileSize ? { kind: "file-too-large", bytes: bytes.length, limit: this.maxFileSize } : bytes;
  }

  limitFileSize(bytes: number): void {
    this.maxFileSize = bytes;
  }

  async findFiles(rootUri: string, suffix: string): Promise<string[]> {
    const base = rootUri.endsWith("/") ? rootUri : `${rootUri}/`;
    return [...this.files.keys()].filter((uri) => {
      if (!uri.startsWith(base) || !uri.endsWith(suffix)) return false;
      return !uri.slice(base.length).split("/").slice(0, -1).some((d) => d === "node_modules" || d.startsWith("."));
    }).sort();
  }
}
