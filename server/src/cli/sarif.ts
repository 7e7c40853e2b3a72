/**
 * `isnad check --format sarif`: the diagnostics as one SARIF 2.1.0 run, for code-scanning tools.
 * Rules are the check codes with their docs (ruleDocs.json, generated from docs/checks.md);
 * columns are UTF-16 code units (said by `columnKind`), as in the rest of the command line.
 * Each result's partial fingerprint is made from what the claim says (source, metric,
 * qualifiers, value), never from its line, so that an alert is not raised again when lines are
 * inserted above it.
 */
import { createHash } from "node:crypto";
import * as path from "node:path";
import { URI } from "vscode-uri";
import type { Diagnostic } from "../core/analysis/diagnostics";
import { CHECK_CODES, CHECKS, type CheckCode, type Severity } from "../core/checks/codes";
import type { Range } from "../core/text/lineIndex";
import type { WorkspaceIndex } from "../core/workspace/workspaceIndex";
import { withoutIsolates } from "./plain";
import ruleDocs from "./ruleDocs.json";

/** The uriBaseId every location is relative to: the workspace root. */
export const ROOT_BASE = "ROOT";
/** The name of the one partial fingerprint each result carries; bump its version if its recipe changes. */
export const FINGERPRINT = "isnadClaim/v1";

type Level = "error" | "warning" | "note";

const LEVELS: Record<Severity, Level> = { error: "error", warning: "warning", information: "note", hint: "note" };

/** The SARIF log of `diagnostics` (in the order given), locations relative to the workspace root. */
export function sarifLog(workspace: WorkspaceIndex, diagnostics: readonly Diagnostic[], root: string, version: string): object {
  const docs = ruleDocs as Record<string, { short: string; help: string } | undefined>;
  const rules = CHECK_CODES.map((code) => ({
    id: code,
    shortDescription: { text: docs[code]?.short ?? code },
    help: { text: docs[code]?.help ?? code },
    defaultConfiguration: { level: LEVELS[CHECKS[code]] },
  }));
  const ruleIndex = new Map<CheckCode, number>(CHECK_CODES.map((code, i) => [code, i]));
  const seen = new Map<string, number>();
  const results = diagnostics.map((d) => {
    const relative = relativeUri(workspace.rootUri, d.uri);
    // Equal claims in one file would share a fingerprint: the second one gets its rank among them.
    const base = `${relative}\u0000${fingerprintInput(workspace, d)}`;
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) ?? -1,
      level: LEVELS[d.severity],
      message: { text: withoutIsolates(d.message) },
      locations: [location(relative, d.range)],
      ...(d.related.length > 0
        ? { relatedLocations: d.related.map((r, i) => ({ id: i, ...location(relativeUri(workspace.rootUri, r.uri), r.range), message: { text: withoutIsolates(r.message) } })) }
        : {}),
      partialFingerprints: { [FINGERPRINT]: hash(rank === 0 ? base : `${base}\u0000${rank}`) },
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "isnad", version, rules } },
        originalUriBaseIds: { [ROOT_BASE]: { uri: URI.file(root.endsWith(path.sep) ? root : root + path.sep).toString() } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

function location(uri: string, range: Range) {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: ROOT_BASE },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    },
  };
}

/** A file's path below the root as a relative URI reference (each segment percent-encoded). */
function relativeUri(rootUri: string, uri: string): string {
  const root = URI.parse(rootUri).path.replace(/\/$/, "");
  const target = URI.parse(uri).path;
  const relative = target.startsWith(`${root}/`) ? target.slice(root.length + 1) : target;
  return relative.split("/").map(encodeURIComponent).join("/");
}

/**
 * What a diagnostic is about, without its place: the code, and the claim at its range (source id,
 * metric and qualifiers as the quantity's normalised key, value as written); for a diagnostic on
 * no claim, the source block it stands in and the text it marks.
 */
function fingerprintInput(workspace: WorkspaceIndex, d: Diagnostic): string {
  const entry = workspace.entry(d.uri);
  if (!entry) return d.code;
  const start = entry.lines.offset(d.range.start);
  const end = entry.lines.offset(d.range.end);
  const claim = entry.facts.claims.find((c) => c.start <= start && start < Math.max(c.end, c.start + 1));
  if (claim) {
    const quantity = claim.quantityKey ?? [claim.metric.text, ...claim.node.qualifiers.map((q) => `${q.key.text}:${q.value.text}`)].join("\u0001");
    return [d.code, "claim", claim.source?.id ?? "", quantity, claim.valueText ?? ""].join("\u0000");
  }
  const source = [...entry.facts.sources].reverse().find((s) => s.node.start <= start);
  return [d.code, "text", source?.id ?? "", entry.text.slice(start, end)].join("\u0000");
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
