/** Core results translated to LSP types: the only place that knows both. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Hover, type Location as LspLocation } from "vscode-languageserver";
import type { Diagnostic } from "../core/analysis/diagnostics";
import type { HoverResult } from "../core/analysis/hover";
import type { Location } from "../core/analysis/definition";
import { DIAGNOSTIC_SOURCE, type Severity } from "../core/checks/codes";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITIES[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    ...(d.related.length > 0 ? { relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}

export function toLspHover(h: HoverResult): Hover {
  return { contents: { kind: "markdown", value: h.markdown }, range: h.range };
}

export function toLspLocation(l: Location): LspLocation {
  return { uri: l.uri, range: l.range };
}
