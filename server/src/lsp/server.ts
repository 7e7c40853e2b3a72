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
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { toLspDiagnostic } from "./convert";
import { FEATURES } from "./features";
import type { FeatureContext } from "./features/feature";
import { normalise, Session, type FileChange } from "./session";
import { editorSettingsSchema, type EditorSettings } from "./settings";

/** Starts the server on the transport named on the command line (--stdio, --node-ipc, --socket). */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let settings: EditorSettings = editorSettingsSchema.parse({});
  let canPullSettings = false;
  let canWatch = false;
  let canReportProgress = false;

  process.on("uncaughtException", (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on("unhandledRejection", (e) => connection.console.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    settings = readSettings(params.initializationOptions, settings);
    canPullSettings = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    if (folder) session = createSession(normalise(folder));
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
    let progressToken: string | undefined;
    return new Session(
      fs,
      rootUri,
      {
        publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) }),
        progress: (done, total) => {
          if (!progressToken) return;
          if (done === total) connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: "end", message: `${total} claims files` });
          else if (done % 100 === 0) connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: "report", percentage: Math.floor((done / total) * 100), message: `${done}/${total} claims files` });
        },
        log: (message) => connection.console.log(message),
        showWarning: (message) => void connection.window.showWarningMessage(`Isnad: ${message}`),
      },
      settings.debounceMs,
    );
  }

  connection.onInitialized(async () => {
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.claims" }, { globPattern: "**/*.{txt,md,text}" }, { globPattern: "**/isnad.json" }],
      });
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
        void session.whenReady().then(() => connection.sendProgress(WorkDoneProgress.type, token, { kind: "end" }));
      } catch {
        // The client declined progress: indexing goes on without a bar.
      }
    }
  });

  async function pullSettings(): Promise<void> {
    try {
      const [value] = await connection.workspace.getConfiguration([{ section: "isnad" }]);
      settings = readSettings(value, settings);
      if (session) session.debounceMs = settings.debounceMs;
    } catch (e) {
      connection.console.warn(`could not read settings: ${(e as Error).message}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullSettings) await pullSettings();
    else settings = readSettings((change.settings as { isnad?: unknown } | undefined)?.isnad, settings);
    if (session) session.debounceMs = settings.debounceMs;
  });

  documents.onDidOpen((e) => session?.didChange(e.document.uri, e.document.getText()));
  documents.onDidChangeContent((e) => session?.didChange(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => void session?.didClose(e.document.uri));

  connection.onDidChangeWatchedFiles((params) => {
    const kinds: Record<number, FileChange["kind"]> = { [FileChangeType.Created]: "created", [FileChangeType.Changed]: "changed", [FileChangeType.Deleted]: "deleted" };
    void session?.didChangeFiles(params.changes.map((c) => ({ uri: c.uri, kind: kinds[c.type] ?? "changed" })));
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
  };
  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
  return connection;
}

function readSettings(value: unknown, fallback: EditorSettings): EditorSettings {
  const result = editorSettingsSchema.safeParse(value ?? {});
  return result.success ? result.data : fallback;
}
