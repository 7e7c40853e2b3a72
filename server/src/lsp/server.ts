/**
 * The language server: a thin adapter. Each handler finds the document's session, asks the core,
 * and converts the answer to LSP. Nothing here decides what is a problem.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type Connection,
  type InitializeParams,
  type ClientCapabilities,
  CodeLensRefreshRequest,
  type Disposable,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { toLspDiagnostic } from "./convert";
import { FEATURES } from "./features";
import type { FeatureContext } from "./features/feature";
import { normalise, Session, type FileChange } from "./session";
import { translatorFor, localeOf } from "./l10n";
import { contradictionsNotification } from "./protocol";
import { DEFAULT_SETTINGS, readSettings as parseSettings, type EditorSettings } from "./settings";
import { registerStats } from "./stats";
import { stdioConnection } from "./stdio";
import { setFlagsFromString } from "node:v8";

/** Starts the server on the transport named on the command line (--stdio, --node-ipc, --socket). */
export function startServer(): Connection {
  // The heap may grow a quarter past what the last full collection kept, instead of V8's default
  // of up to four times: publishing an archive reads every article once and leaves hundreds of
  // megabytes of garbage, which a server that lives all day should give back rather than keep
  // resident (RSS at 100k claims: 500 → 360 MB, for a few more collections while indexing).
  setFlagsFromString("--heap-growing-percent=25");
  // Over stdio, messages are read so that a malformed one does not cost the ones after it.
  const connection = process.argv.includes("--stdio") ? stdioConnection() : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let settings: EditorSettings = DEFAULT_SETTINGS;
  let canPullSettings = false;
  let canWatch = false;
  let canWatchRelative = false;
  let canReportProgress = false;
  /** The work-done token of the first index, once the client accepted it. */
  let indexProgressToken: string | undefined;
  let canRefreshLenses = false;
  let canRefreshHints = false;

  process.on("uncaughtException", (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on("unhandledRejection", (e) => connection.console.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

  let clientCapabilities: ClientCapabilities = {};

  connection.onInitialize((params: InitializeParams) => {
    clientCapabilities = params.capabilities;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    settings = readSettings(params.initializationOptions, settings);
    canPullSettings = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canWatchRelative = params.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    if (folder) {
      session = createSession(normalise(folder));
      // Messages in the editor's language (VS Code sends its display language as `locale`).
      session.translate = translatorFor(localeOf(params.locale));
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...Object.assign({}, ...FEATURES.map((f) => f.capabilities)),
      },
      serverInfo: { name: "isnad" },
    };
  });

  function createSession(rootUri: string): Session {
    const fs = new NodeFileSystem(URI.parse(rootUri).fsPath);
    return new Session(
      fs,
      rootUri,
      {
        publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) }),
        // The bar ends when the index is built and published (onInitialized), not with the last file read.
        progress: (done, total) => {
          if (indexProgressToken && done % 100 === 0 && done < total) {
            connection.sendProgress(WorkDoneProgress.type, indexProgressToken, { kind: "report", percentage: Math.floor((done / total) * 100), message: `${done}/${total} claims files` });
          }
        },
        log: (message) => connection.console.log(message),
        showWarning: (message) => void connection.window.showWarningMessage(`Isnad: ${message}`),
        contradictions: (count) => void connection.sendNotification(contradictionsNotification.method, count),
        republished: refreshInline,
      },
      settings.debounceMs,
      settings,
    );
  }

  // Code lenses and inlay hints of files other than the edited one change with it: ask the
  // client to fetch them again, at most one request at a time.
  let refreshing = false;
  let refreshAgain = false;
  function refreshInline(): void {
    if (!canRefreshLenses && !canRefreshHints) return;
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    const done = () => {
      refreshing = false;
      if (refreshAgain) {
        refreshAgain = false;
        refreshInline();
      }
    };
    void Promise.all([
      canRefreshLenses ? connection.sendRequest(CodeLensRefreshRequest.type) : undefined,
      canRefreshHints ? connection.languages.inlayHint.refresh() : undefined,
    ]).then(done, done);
  }

  // The article globs of the configuration (isnad.json, or the `isnad.articles` setting): files
  // to watch on disk besides the claims files, re-registered when the globs change.
  let articleWatchers: Promise<Disposable> | undefined;
  let watchedGlobs = "";
  async function watchArticles(): Promise<void> {
    if (!canWatch || !session) return;
    const globs = session.index.configuration.articles;
    if (JSON.stringify(globs) === watchedGlobs) return;
    watchedGlobs = JSON.stringify(globs);
    const rootUri = session.rootUri;
    const previous = articleWatchers;
    articleWatchers = connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: globs.map((pattern) => ({ globPattern: canWatchRelative ? { baseUri: rootUri, pattern } : pattern.startsWith("**/") ? pattern : `**/${pattern}` })),
    });
    (await previous)?.dispose();
  }

  connection.onInitialized(async () => {
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.claims" }, { globPattern: "**/*.{txt,md,text}" }, { globPattern: "**/isnad.json" }],
      });
      void session?.whenReady().then(watchArticles);
    }
    if (canPullSettings) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "isnad" });
      await pullSettings();
    }
    if (canReportProgress && session) {
      const token = `isnad-index-${Date.now()}`;
      try {
        await connection.sendRequest(WorkDoneProgressCreateRequest.type, { token });
        connection.sendProgress(WorkDoneProgress.type, token, { kind: "begin", title: "Isnad: indexing claims", percentage: 0 });
        indexProgressToken = token;
        void session.whenReady().then(() => connection.sendProgress(WorkDoneProgress.type, token, { kind: "end" }));
      } catch {
        // The client declined progress: indexing goes on without a bar.
      }
    }
  });

  async function pullSettings(): Promise<void> {
    try {
      const [value] = await connection.workspace.getConfiguration([{ section: "isnad" }]);
      settings = readSettings(value, settings, true);
      await session?.applySettings(settings);
      await watchArticles();
    } catch (e) {
      connection.console.warn(`could not read settings: ${(e as Error).message}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullSettings) return pullSettings();
    settings = readSettings((change.settings as { isnad?: unknown } | undefined)?.isnad, settings, true);
    await session?.applySettings(settings);
    await watchArticles();
  });

  documents.onDidOpen((e) => session?.didChange(e.document.uri, e.document.getText()));
  documents.onDidChangeContent((e) => session?.didChange(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => void session?.didClose(e.document.uri));

  connection.onDidChangeWatchedFiles((params) => {
    const kinds: Record<number, FileChange["kind"]> = { [FileChangeType.Created]: "created", [FileChangeType.Changed]: "changed", [FileChangeType.Deleted]: "deleted" };
    void session?.didChangeFiles(params.changes.map((c) => ({ uri: c.uri, kind: kinds[c.type] ?? "changed" }))).then(watchArticles);
  });

  const context: FeatureContext = {
    connection,
    documents,
    session: () => session,
    at: async (rawUri, position) => {
      if (!session) return undefined;
      await session.flush(rawUri);
      const uri = normalise(rawUri);
      const entry = session.index.entry(uri);
      return { session, uri, offset: position && entry ? entry.lines.offset(position) : undefined };
    },
    clientCapabilities: () => clientCapabilities,
  };
  for (const feature of FEATURES) feature.register(context);
  registerStats(connection, () => session);

  /** Reads the `isnad` settings; a wrong value keeps the previous one and is said (in a message once the client can show one). */
  function readSettings(value: unknown, fallback: EditorSettings, canShow = false): EditorSettings {
    const { settings: read, problems } = parseSettings(value, fallback);
    for (const problem of problems) {
      connection.console.warn(`ignored setting ${problem}`);
      if (canShow) void connection.window.showWarningMessage(`Isnad: ignored setting ${problem}`);
    }
    return read;
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}
