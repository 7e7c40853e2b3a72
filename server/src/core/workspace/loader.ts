/** Builds a workspace index from a file system: every claims file, then the articles they name. */
import { readConfig, CONFIG_FILE_NAME, type ConfigReading, type IsnadConfig } from "../config";
import { decodeUtf8 } from "../text/decode";
import { BYTES_PER_MB, unreadableMessage, type FileSystem, type Unreadable } from "./fileSystem";
import { relativePath } from "./paths";
import { Workspace, type ArticleContent } from "./workspace";
import { firstFiles } from "./firstFiles";
import type { Reread } from "./articleStore";

export const CLAIMS_SUFFIX = ".claims";

/** How many files are read at once: enough to hide latency, few enough to keep memory flat. */
const CONCURRENCY = 16;

/** Reads `isnad.json` at the root, if any, and tells the file system the largest file to read. */
export async function loadConfig(fs: FileSystem, rootUri: string): Promise<ConfigReading> {
  const reading = configFrom(await fs.readFile(joinUri(rootUri, CONFIG_FILE_NAME)));
  fs.limitFileSize?.(reading.config.maxFileSizeMB * BYTES_PER_MB);
  return reading;
}

function configFrom(bytes: Uint8Array | Unreadable | undefined): ConfigReading {
  if (!bytes) return readConfig(undefined);
  if (!(bytes instanceof Uint8Array)) return { ...readConfig(undefined), error: `${unreadableMessage(CONFIG_FILE_NAME, bytes).message}; using the defaults` };
  const decoded = decodeUtf8(bytes, CONFIG_FILE_NAME);
  return decoded.ok ? readConfig(decoded.text) : { ...readConfig(undefined), error: decoded.message };
}

/**
 * Reads a claims file into the workspace; returns the files whose diagnostics may change (unless
 * `track` is false: see {@link Workspace.setClaimsText}).
 */
export async function loadClaimsFile(fs: FileSystem, workspace: Workspace, uri: string, track = true): Promise<Set<string>> {
  return applyClaims(workspace, uri, await readClaims(fs, workspace.rootUri, uri), track);
}

/** A claims file as read from the file system. */
type ClaimsReading = ArticleContent;

async function readClaims(fs: FileSystem, rootUri: string, uri: string): Promise<ClaimsReading> {
  return articleFrom(await fs.readFile(uri), rootUri, uri);
}

function applyClaims(workspace: Workspace, uri: string, reading: ClaimsReading, track: boolean): Set<string> {
  if (reading.kind === "missing") return workspace.removeClaims(uri);
  return reading.kind === "text" ? workspace.setClaimsText(uri, reading.text, track) : workspace.setClaimsEncodingError(uri, reading.message, reading.l10n, track, reading.code);
}

/** Reads an article as the checks need it. */
export async function readArticle(fs: FileSystem, rootUri: string, uri: string): Promise<ArticleContent> {
  return articleFrom(await fs.readFile(uri), rootUri, uri);
}

/** Reads an article at once, when the host can (see `FileSystem.readFileSync`). */
export function rereadFor(fs: FileSystem, rootUri: string): Reread | undefined {
  const readFileSync = fs.readFileSync?.bind(fs);
  return readFileSync && ((uri) => articleFrom(readFileSync(uri), rootUri, uri));
}

function articleFrom(bytes: Uint8Array | Unreadable | undefined, rootUri: string, uri: string): ArticleContent {
  if (!bytes) return { kind: "missing" };
  if (!(bytes instanceof Uint8Array)) return { kind: "encoding", code: bytes.kind, ...unreadableMessage(relativePath(rootUri, uri), bytes) };
  const decoded = decodeUtf8(bytes, relativePath(rootUri, uri));
  return decoded.ok ? { kind: "text", text: decoded.text } : { kind: "encoding", message: decoded.message, l10n: decoded.l10n };
}

/**
 * Reads every article some source names and the workspace has not read yet; nothing when the
 * workspace reads each article when first asked for (a host with synchronous reads): reading
 * thousands here at once, while an archive is first published, would only hold the event loop.
 */
export async function loadUnreadArticles(fs: FileSystem, workspace: Workspace, pause?: Pause, only?: (uri: string) => boolean): Promise<Set<string>> {
  const affected = new Set<string>();
  if (workspace.readsArticlesOnDemand) return affected;
  await forEachBounded(
    only ? workspace.unreadArticles().filter(only) : workspace.unreadArticles(),
    async (uri) => {
      for (const f of workspace.setArticle(uri, await readArticle(fs, workspace.rootUri, uri))) affected.add(f);
    },
    pause,
  );
  return affected;
}

export interface LoadProgress {
  (done: number, total: number): void;
}

/**
 * Gives the host's event loop a turn (the server passes `setImmediate`). Reads may complete at
 * once, so without it indexing an archive would hold the loop for seconds: the loader pauses
 * whenever it has worked for {@link SLICE_MS} without one.
 */
export type Pause = () => Promise<void>;

/** How long the loader works between pauses. */
export const SLICE_MS = 5;

/** Indexes the whole workspace under `rootUri`. */
export async function loadWorkspace(
  fs: FileSystem,
  rootUri: string,
  options: {
    progress?: LoadProgress;
    isCancelled?: () => boolean;
    adjustConfig?: (fromFile: IsnadConfig) => IsnadConfig;
    pause?: Pause;
    articles?: boolean;
    /** Reads an article again when a cold one is asked for (default: from the file system, when it reads synchronously). */
    reread?: (fallback: Reread) => Reread;
    /** How many claims files keep their syntax trees (tests make it 1 to prove the rest made again). */
    parsedFilesKept?: number;
    /** The open files first: see {@link FirstOpen}. */
    first?: FirstOpen;
  } = {},
): Promise<{ workspace: Workspace; configError?: string }> {
  const { config, error } = await loadConfig(fs, rootUri);
  // The editor lays its own settings over isnad.json before anything is checked.
  const fromDisk = rereadFor(fs, rootUri);
  const workspace = new Workspace(rootUri, options.adjustConfig ? options.adjustConfig(config) : config, fromDisk && (options.reread ? options.reread(fromDisk) : fromDisk), options.parsedFilesKept);
  const files = await fs.findFiles(rootUri, CLAIMS_SUFFIX);
  if (options.first) {
    await loadOpenFirst(fs, workspace, files, options.first, options);
    return error ? { workspace, configError: error } : { workspace };
  }
  let done = 0;
  await forEachBounded(
    files,
    async (uri) => {
      if (options.isCancelled?.()) return;
      // Every file is checked once the index is built: nobody needs the sets of affected files.
      await loadClaimsFile(fs, workspace, uri, false);
      options.progress?.(++done, files.length);
    },
    options.pause,
  );
  // The server reads the articles itself, those of the open documents first; a host that reads
  // synchronously reads each when first asked for.
  if (options.articles !== false) await loadUnreadArticles(fs, workspace, options.pause);
  return error ? { workspace, configError: error } : { workspace };
}

/**
 * How the server indexes an archive with files open: every claims file is read, then the open
 * ones (with the editor's text) and the files their diagnostics depend on are indexed (see
 * firstFiles.ts), `indexed` is called, and the rest is indexed after. Articles are left to the host.
 */
export interface FirstOpen {
  /** The open claims files of the workspace and their texts in the editor. */
  open(): ReadonlyMap<string, string>;
  /** The open files (those `open` gave) and all they depend on are indexed: their diagnostics are complete. */
  indexed(workspace: Workspace, open: readonly string[]): Promise<void>;
}

async function loadOpenFirst(fs: FileSystem, workspace: Workspace, files: readonly string[], first: FirstOpen, options: { progress?: LoadProgress; isCancelled?: () => boolean; pause?: Pause }): Promise<void> {
  const readings = new Map<string, ClaimsReading>();
  await forEachBounded(
    files,
    async (uri) => {
      if (!options.isCancelled?.()) readings.set(uri, await readClaims(fs, workspace.rootUri, uri));
    },
    options.pause,
  );
  const open = first.open();
  const indexed = new Set<string>();
  const slice = sliced(options.pause);
  const index = async (uri: string) => {
    if (indexed.has(uri) || options.isCancelled?.()) return;
    indexed.add(uri);
    const text = open.get(uri);
    const reading = text !== undefined ? { kind: "text" as const, text } : readings.get(uri);
    if (reading) applyClaims(workspace, uri, reading, false);
    options.progress?.(indexed.size, files.length);
    await slice();
  };
  for (const uri of open.keys()) await index(uri);
  // Every claims file as it will be indexed, the open ones with the editor's text: the counts of
  // metric names that settle a look-alike hint must include the open files.
  const texts = new Map<string, string>();
  for (const [uri, reading] of readings) if (reading.kind === "text") texts.set(uri, open.get(uri) ?? reading.text);
  for (const [uri, text] of open) texts.set(uri, text);
  const openFacts = [...open.keys()].flatMap((uri) => workspace.entry(uri)?.facts ?? []);
  const plan = await firstFiles(openFacts, texts, slice);
  for (const uri of plan.files) await index(uri);
  for (const check of plan.metricChecks) {
    const settled = () => (workspace.vocabulary.metricUse(check.metric)?.files ?? 0) > check.lookalikeFilesAtMost;
    for (const uri of check.users) {
      if (settled()) break;
      await index(uri);
    }
    if (!settled()) for (const uri of check.lookalikeUsers) await index(uri);
  }
  for (const check of plan.valueChecks) {
    const settled = () => (workspace.vocabulary.valueUse(check.key, check.value)?.files ?? 0) > check.lookalikeFilesAtMost;
    for (const uri of check.users) {
      if (settled()) break;
      await index(uri);
    }
    if (!settled()) for (const uri of check.lookalikeUsers) await index(uri);
  }
  await first.indexed(workspace, [...open.keys()]);
  for (const uri of files) await index(uri);
}

/** A function to await between steps: it pauses when the slice of {@link SLICE_MS} is used up. */
function sliced(pause: Pause | undefined): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (!pause || Date.now() - sliceStart < SLICE_MS) return;
    await pause();
    sliceStart = Date.now();
  };
}

async function forEachBounded<T>(items: readonly T[], run: (item: T) => Promise<void>, pause?: Pause): Promise<void> {
  let next = 0;
  // One pause for all the workers at once: while one waited, the others would go on in microtasks.
  let gate: Promise<void> | undefined;
  let sliceStart = Date.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
      if (pause && !gate && Date.now() - sliceStart >= SLICE_MS) {
        gate = pause().then(() => {
          gate = undefined;
          sliceStart = Date.now();
        });
      }
      if (gate) await gate;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

function joinUri(rootUri: string, name: string): string {
  return `${rootUri.replace(/\/$/, "")}/${name}`;
}
