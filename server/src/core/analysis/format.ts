/**
 * The formatter of claims files: headers at the margin, fields indented by two spaces with one
 * space after the colon, continuation lines deeper than their field, headers spaced as
 * `claim metric {k: v, k: v} = value`, `metric name` and `qualifier key: value`, trailing blanks
 * dropped.
 *
 * It is lossless by construction: every edit replaces a run of spaces and tabs between two
 * tokens (or at the start or end of a line) with spaces, never touching a character of a quote,
 * a value, a free-text field or a comment. What the parser reads stays what it was: a line that
 * continued a field still does (it stays deeper than its field, which moves to two spaces), and
 * a line that did not cannot start to (every other line ends up at most two spaces deep). A
 * header the parser reported an error on keeps its spacing: only its indentation changes.
 */
import type { ClaimNode, ClaimsFile, LineInfo, Span } from "../syntax/ast";
import { parseClaims } from "../syntax/parser";

/** A replacement of `[start, end)` of the text (offsets before any edit). */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

const FIELD_INDENT = "  ";
/** The lines that open a block. */
const HEADER_KINDS: ReadonlySet<string> = new Set(["source", "claim", "metric", "qualifier"]);
/** Continuation lines go at least this deep (deeper than a field's two spaces). */
const CONTINUATION_MIN = 4;

/** The whitespace edits that format `text`, in document order, none of them a no-op. */
export function formatEdits(text: string): OffsetEdit[] {
  const file = parseClaims(text, { lines: true });
  return new Formatter(text, file).run();
}

/**
 * The edits that format the lines `[fromLine, toLine]` (0-based). The range is widened to whole
 * blocks, from the header above it to the line before the next header, since a field and its
 * continuation lines move together.
 */
export function formatRangeEdits(text: string, fromLine: number, toLine: number): OffsetEdit[] {
  const file = parseClaims(text, { lines: true });
  const lines = file.lines ?? [];
  const isHeader = (i: number) => HEADER_KINDS.has(lines[i]?.kind ?? "other");
  let first = Math.max(0, Math.min(fromLine, lines.length - 1));
  while (first > 0 && !isHeader(first)) first--;
  let last = Math.max(first, Math.min(toLine, lines.length - 1));
  while (last + 1 < lines.length && !isHeader(last + 1)) last++;
  const from = lines[first]?.start ?? 0;
  const to = lines[last]?.end ?? text.length;
  return new Formatter(text, file).run().filter((e) => e.start >= from && e.end <= to);
}

/** `text` with the edits applied (offsets refer to `text`; edits must not overlap). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = "";
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Formats a whole file. */
export function formatClaims(text: string): string {
  return applyOffsetEdits(text, formatEdits(text));
}

class Formatter {
  private readonly edits: OffsetEdit[] = [];
  private readonly lines: readonly LineInfo[];
  /** Header line start → its claim, for spacing the header. */
  private readonly claimAt = new Map<number, ClaimNode>();
  private readonly sourceAt = new Map<number, { id: Span }>();
  private readonly metricAt = new Map<number, { name: Span }>();
  private readonly qualifierAt = new Map<number, { key: Span; value: Span }>();
  /** Header starts that hold a syntax error: their spacing is left alone. */
  private readonly broken = new Set<number>();

  constructor(
    private readonly text: string,
    file: ClaimsFile,
  ) {
    this.lines = file.lines ?? [];
    for (const claim of file.claims) this.claimAt.set(claim.header.start, claim);
    for (const source of file.sources) this.sourceAt.set(source.header.start, { id: source.id });
    for (const metric of file.metrics) this.metricAt.set(metric.header.start, { name: metric.name });
    for (const block of file.qualifierBlocks) this.qualifierAt.set(block.header.start, { key: block.key, value: block.value });
    const headers = [...file.claims, ...file.sources, ...file.metrics, ...file.qualifierBlocks].map((b) => b.header).sort((a, b) => a.start - b.start);
    for (const p of file.problems) {
      if (p.code !== "syntax-error") continue;
      const header = lastStartingAtOrBefore(headers, p.start);
      if (header && p.start <= header.end) this.broken.add(header.start);
    }
  }

  run(): OffsetEdit[] {
    /** Indentation of the field line a continuation belongs to, before formatting. */
    let fieldIndent = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] as LineInfo;
      const indent = line.contentStart - line.start;
      switch (line.kind) {
        case "blank":
          this.replace(line.start, line.end, "");
          continue;
        case "source":
        case "claim":
        case "metric":
        case "qualifier":
          this.indent(line, "");
          if (!this.broken.has(line.contentStart)) this.header(line);
          break;
        case "field":
          fieldIndent = indent;
          this.indent(line, FIELD_INDENT);
          this.field(line);
          break;
        case "continuation":
          // Keep the writer's alignment, shifted with the field, and always deeper than it.
          this.indent(line, " ".repeat(Math.max(CONTINUATION_MIN, indent - (fieldIndent - FIELD_INDENT.length))));
          break;
        case "comment":
          this.indent(line, this.nextIndent(i));
          break;
        case "other":
          this.indent(line, " ".repeat(Math.min(indent, FIELD_INDENT.length)));
          break;
      }
      this.trimEnd(line);
    }
    return this.edits;
  }

  /** A comment line goes with what follows it: at the margin before a header, under a block's fields. */
  private nextIndent(i: number): string {
    for (let j = i + 1; j < this.lines.length; j++) {
      const next = this.lines[j] as LineInfo;
      if (next.kind === "blank" || next.kind === "comment") continue;
      if (next.kind === "field") return FIELD_INDENT;
      if (next.kind === "other") return " ".repeat(Math.min(next.contentStart - next.start, FIELD_INDENT.length));
      return "";
    }
    return "";
  }

  private indent(line: LineInfo, wanted: string): void {
    this.replace(line.start, line.contentStart, wanted);
  }

  private trimEnd(line: LineInfo): void {
    const floor = Math.max(line.contentStart, this.edits[this.edits.length - 1]?.end ?? 0);
    let end = line.end;
    while (end > floor && isBlank(this.text[end - 1])) end--;
    this.replace(end, line.end, "");
  }

  /** `name: value`: no blank before the colon, one after it (none when the value is empty). */
  private field(line: LineInfo): void {
    let nameEnd = line.contentStart;
    while (nameEnd < line.end && !isBlank(this.text[nameEnd]) && this.text[nameEnd] !== ":") nameEnd++;
    let colon = nameEnd;
    while (colon < line.end && isBlank(this.text[colon])) colon++;
    if (this.text[colon] !== ":") return;
    this.gap(nameEnd, colon, "");
    let value = colon + 1;
    while (value < line.end && isBlank(this.text[value])) value++;
    this.gap(colon + 1, value, value < line.end ? " " : "");
  }

  private header(line: LineInfo): void {
    const keywordEnd = line.contentStart + line.kind.length;
    const source = this.sourceAt.get(line.contentStart);
    if (source) {
      if (source.id.end > source.id.start) this.gap(keywordEnd, source.id.start, " ");
      return;
    }
    const metric = this.metricAt.get(line.contentStart);
    if (metric) {
      if (metric.name.end > metric.name.start) this.gap(keywordEnd, metric.name.start, " ");
      return;
    }
    const qualifier = this.qualifierAt.get(line.contentStart);
    if (qualifier) {
      // `qualifier key: value`: one space after the keyword, none before the colon, one after it.
      const { key, value } = qualifier;
      if (key.end === key.start || value.end === value.start) return;
      this.gap(keywordEnd, key.start, " ");
      const colon = this.skip(key.end, line.end);
      if (this.text[colon] !== ":") return;
      this.gap(key.end, colon, "");
      this.gap(colon + 1, value.start, " ");
      return;
    }
    const claim = this.claimAt.get(line.contentStart);
    if (!claim || !claim.value || !claim.metric.text) return;
    this.gap(keywordEnd, claim.metric.start, " ");
    let pos = claim.metric.end;
    if (claim.qualifiers.length > 0 || this.next(pos, line.end) === "{") {
      const brace = this.skip(pos, line.end);
      if (this.text[brace] !== "{") return;
      this.gap(pos, brace, " ");
      pos = brace + 1;
      for (const [i, q] of claim.qualifiers.entries()) {
        if (i > 0) {
          const sep = this.skip(pos, line.end);
          if (!",،".includes(this.text[sep] ?? "x")) return;
          this.gap(pos, sep, "");
          pos = sep + 1;
        }
        this.gap(pos, q.key.start, i > 0 ? " " : "");
        const colon = this.skip(q.key.end, line.end);
        if (this.text[colon] !== ":") return;
        this.gap(q.key.end, colon, "");
        this.gap(colon + 1, q.value.start, " ");
        pos = q.value.end;
      }
      const close = this.skip(pos, line.end);
      if (this.text[close] !== "}") return;
      this.gap(pos, close, "");
      pos = close + 1;
    }
    const equals = this.skip(pos, line.end);
    if (this.text[equals] !== "=") return;
    this.gap(pos, equals, " ");
    this.gap(equals + 1, claim.value.start, " ");
  }

  /** Replaces `[start, end)` when it holds only spaces and tabs; anything else there is left alone. */
  private gap(start: number, end: number, wanted: string): void {
    if (end < start) return;
    for (let i = start; i < end; i++) if (!isBlank(this.text[i])) return;
    this.replace(start, end, wanted);
  }

  private replace(start: number, end: number, wanted: string): void {
    if (this.text.slice(start, end) === wanted) return;
    // Emptying a blank line between a lone CR and an LF would make the two one CRLF line break.
    if (wanted === "" && start > 0 && this.text[start - 1] === "\r" && this.text[end] === "\n") return;
    this.edits.push({ start, end, newText: wanted });
  }

  /** The offset of the first character at or after `pos` that is not a space or a tab. */
  private skip(pos: number, end: number): number {
    while (pos < end && isBlank(this.text[pos])) pos++;
    return pos;
  }

  private next(pos: number, end: number): string | undefined {
    return this.text[this.skip(pos, end)];
  }
}

/** The last span of a sorted list that starts at or before `offset`. */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: Span | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (span.start <= offset) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}
