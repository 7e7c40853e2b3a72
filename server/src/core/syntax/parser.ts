/**
 * The error-tolerant parser of claims files. It never throws: every problem becomes a
 * `SyntaxProblem` with a span, and parsing goes on at the next line, so one typo costs one
 * diagnostic. The grammar and its decisions are in docs/format.md.
 */
import type {
  ClaimNode,
  ClaimsFile,
  Field,
  LineInfo,
  LineKind,
  MetricNode,
  Qualifier,
  QualifierBlockNode,
  SourceNode,
  Span,
  SyntaxProblem,
  Token,
  ValueNode,
  ValuePiece,
} from "./ast";
import { BLOCK_FIELDS, FREE_TEXT_FIELDS, SOURCE_FIELDS, nearestName, type BlockKind } from "./fieldNames";
import { said, type Message } from "../messages";
import { readValue } from "./values";
import { exact } from "../memory/exact";
import { FieldNode, QualifierNode } from "./nodes";
import { remembered } from "../memory/remembered";
import { breakLength, nextBreak } from "../text/lineEnds";

const IDENT = /[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*/uy;
const QUOTE_PAIRS: Record<string, string> = { "«": "»", "“": "”", '"': '"' };

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Offset of the first non-blank character (or `end`). */
  contentStart: number;
  /** Width of the indentation, a tab counting as one. */
  indent: number;
}

type BlockHead = Omit<SourceNode, "fields" | "end"> | Omit<ClaimNode, "fields" | "end"> | Omit<MetricNode, "fields" | "end"> | Omit<QualifierBlockNode, "fields" | "end">;

interface MutableBlock {
  kind: BlockKind;
  node: BlockHead;
  fields: Field[];
  end: number;
}

/** The words that open a block at the start of a line (followed by a blank or the line's end). */
const BLOCK_KEYWORDS: ReadonlySet<string> = new Set<BlockKind>(["source", "claim", "metric", "qualifier"]);

interface OpenField {
  indent: number;
  name: Token;
  start: number;
  pieces: { fileOffset: number; text: string }[];
  isQuote: boolean;
  block: MutableBlock | undefined;
}

export interface ParseOptions {
  /** Also return every line with its kind and comment (for the formatter, folding, highlighting). */
  readonly lines?: boolean;
}

/** Parses a claims file. Never throws; offsets are into `text` as given (a leading BOM is skipped). */
export function parseClaims(text: string, options: ParseOptions = {}): ClaimsFile {
  return new Parser(text, options.lines === true).run();
}

type MutableLineInfo = { -readonly [K in keyof LineInfo]: LineInfo[K] };

class Parser {
  private readonly sources: SourceNode[] = [];
  private readonly claims: ClaimNode[] = [];
  private readonly metrics: MetricNode[] = [];
  private readonly qualifierBlocks: QualifierBlockNode[] = [];
  private readonly problems: SyntaxProblem[] = [];
  private block: MutableBlock | undefined;
  private openField: OpenField | undefined;
  private readonly lines: MutableLineInfo[] | undefined;
  /** The line being read, when lines are recorded. */
  private current: MutableLineInfo | undefined;

  constructor(
    private readonly text: string,
    recordLines = false,
  ) {
    this.lines = recordLines ? [] : undefined;
  }

  run(): ClaimsFile {
    for (const line of splitLines(this.text)) {
      if (this.lines) {
        this.current = { kind: "other", start: line.start, end: line.end, contentStart: line.contentStart };
        this.lines.push(this.current);
      }
      this.line(line);
    }
    this.closeField();
    this.closeBlock();
    return {
      text: this.text,
      sources: this.sources,
      claims: this.claims,
      metrics: this.metrics.length === 0 ? NO_METRICS : this.metrics,
      qualifierBlocks: this.qualifierBlocks.length === 0 ? NO_QUALIFIER_BLOCKS : this.qualifierBlocks,
      problems: this.problems,
      ...(this.lines ? { lines: this.lines } : {}),
    };
  }

  private kind(kind: LineKind): void {
    if (this.current) this.current.kind = kind;
  }

  private comment(start: number, end: number): void {
    if (this.current) this.current.comment = { start, end: trimEnd(this.text, start, end) };
  }

  private line(line: Line): void {
    const blank = line.contentStart >= line.end;
    const open = this.openField;
    if (open && !blank && line.indent > open.indent) {
      this.kind("continuation");
      open.pieces.push({ fileOffset: line.contentStart, text: this.text.slice(line.contentStart, trimEnd(this.text, line.contentStart, line.end)) });
      return;
    }
    this.closeField();
    if (blank) return this.kind("blank");
    if (this.text[line.contentStart] === "#") {
      this.kind("comment");
      return this.comment(line.contentStart, line.end);
    }

    const word = this.identAt(line.contentStart, line.end);
    const afterWord = word ? word.end : line.contentStart;
    const followedByBlank = afterWord < line.end && isBlank(this.text, afterWord);
    if (word && BLOCK_KEYWORDS.has(word.text) && (followedByBlank || afterWord === line.end)) {
      const keyword = word.text as BlockKind;
      this.kind(keyword);
      if (keyword === "source") this.sourceHeader(line, afterWord);
      else if (keyword === "claim") this.claimHeader(line, afterWord);
      else if (keyword === "metric") this.metricHeader(line, afterWord);
      else this.qualifierHeader(line, afterWord);
      return;
    }
    let colon = afterWord;
    while (colon < line.end && isBlank(this.text, colon)) colon++;
    if (word && this.text[colon] === ":") {
      this.kind("field");
      this.field(line, word, colon + 1);
      return;
    }
    this.problem(line.contentStart, line.end, said("expected `source <id>`, `claim <metric> … = <value>`, `metric <name>`, `qualifier <key>: <value>`, a field `name: value` or a `#` comment"));
  }

  private sourceHeader(line: Line, at: number): void {
    this.closeBlock();
    const idStart = this.skipBlank(at, line.end);
    const id = this.identAt(idStart, line.end) ?? { start: idStart, end: idStart, text: "" };
    if (!id.text) this.problem(idStart, Math.max(idStart + 1, line.end), said("expected a source id after `source`"));
    else this.trailer(id.end, line.end);
    const node: Omit<SourceNode, "fields" | "end"> = {
      kind: "source",
      id,
      start: line.contentStart,
      header: { start: line.contentStart, end: line.end },
    };
    this.block = { kind: "source", node, fields: [], end: line.end };
  }

  private metricHeader(line: Line, at: number): void {
    this.closeBlock();
    const nameStart = this.skipBlank(at, line.end);
    const name = this.identAt(nameStart, line.end) ?? { start: nameStart, end: nameStart, text: "" };
    if (!name.text) this.problem(nameStart, this.wordEnd(nameStart, line.end), said("expected a metric name after `metric`"));
    else this.trailer(name.end, line.end);
    const node: Omit<MetricNode, "fields" | "end"> = { kind: "metric", name, start: line.contentStart, header: { start: line.contentStart, end: line.end } };
    this.block = { kind: "metric", node, fields: [], end: line.end };
  }

  /** `qualifier <key>: <value>`: the value is read as in a claim header, and may be followed only by a comment. */
  private qualifierHeader(line: Line, at: number): void {
    this.closeBlock();
    const end = line.end;
    let pos = this.skipBlank(at, end);
    let key: Token = { start: pos, end: pos, text: "" };
    let value: Token = { start: end, end, text: "" };
    let quoted = false;
    const finish = () => {
      const node: Omit<QualifierBlockNode, "fields" | "end"> = { kind: "qualifier", key, value, quoted, start: line.contentStart, header: { start: line.contentStart, end } };
      this.block = { kind: "qualifier", node, fields: [], end };
    };
    const found = this.identAt(pos, end);
    if (!found) {
      this.problem(pos, this.wordEnd(pos, end), said("expected a qualifier name after `qualifier`"));
      return finish();
    }
    key = found;
    pos = this.skipBlank(key.end, end);
    if (this.text[pos] !== ":") {
      this.problem(pos, this.identAt(pos, end)?.end ?? this.wordEnd(pos, end), said("expected `:` after the qualifier `{0}`", key.text));
      return finish();
    }
    pos = this.skipBlank(pos + 1, end);
    const opener = this.text[pos] ?? "";
    if (opener === '"' || opener === "«") {
      const closed = this.quotedText(pos, end);
      if (!closed) return finish();
      value = closed.token;
      quoted = true;
      this.trailer(closed.after, end);
      return finish();
    }
    const comment = commentStart(this.text, pos, end);
    let stop = pos;
    while (stop < comment && !",،}".includes(this.text[stop] ?? "")) stop++;
    const valueEnd = trimEnd(this.text, pos, stop);
    if (valueEnd === pos) {
      this.problem(pos, this.wordEnd(pos, end), said("expected a value for the qualifier `{0}`", key.text));
      return finish();
    }
    value = { start: pos, end: valueEnd, text: this.text.slice(pos, valueEnd).replace(/\s+/g, " ") };
    this.trailer(valueEnd, end);
    return finish();
  }

  private claimHeader(line: Line, at: number): void {
    this.closeBlock();
    const end = line.end;
    let pos = this.skipBlank(at, end);
    const metric = this.identAt(pos, end) ?? { start: pos, end: pos, text: "" };
    const qualifiers: Qualifier[] = [];
    const sourceIndex = this.lastSourceIndex();
    const finish = (value?: ValueNode) => {
      const node: Omit<ClaimNode, "fields" | "end"> = {
        kind: "claim",
        metric,
        qualifiers: exact(qualifiers),
        value,
        start: line.contentStart,
        header: { start: line.contentStart, end },
        sourceIndex,
      };
      this.block = { kind: "claim", node, fields: [], end };
      if (sourceIndex < 0) {
        this.problems.push({
          code: "no-source",
          start: line.contentStart,
          end,
          ...said("this claim stands above every `source` block: put it under the source that makes it"),
        });
      }
    };
    if (!metric.text) {
      this.problem(pos, this.wordEnd(pos, end), said("expected a metric name after `claim`"));
      return finish();
    }
    pos = this.skipBlank(metric.end, end);
    if (this.text[pos] === "{") {
      const after = this.qualifiers(pos, end, qualifiers);
      if (after === undefined) return finish();
      pos = this.skipBlank(after, end);
    }
    if (this.text[pos] !== "=") {
      this.problem(pos, this.wordEnd(pos, end), said("expected `=` and the claimed value"));
      return finish();
    }
    pos = this.skipBlank(pos + 1, end);
    return finish(this.value(pos, end));
  }

  /** Parses `{k: v, …}` from the `{` at `pos`; returns the offset after `}`, or undefined after an error. */
  private qualifiers(pos: number, end: number, out: Qualifier[]): number | undefined {
    pos++;
    for (;;) {
      pos = this.skipBlank(pos, end);
      if (this.text[pos] === "}") return pos + 1;
      const key = this.identAt(pos, end);
      if (!key) {
        this.problem(pos, this.wordEnd(pos, end), pos >= end ? said("expected `}` to close the qualifiers") : said("expected a qualifier name"));
        return undefined;
      }
      pos = this.skipBlank(key.end, end);
      if (this.text[pos] !== ":") {
        this.problem(pos, this.identAt(pos, end)?.end ?? this.wordEnd(pos, end), said("expected `:` after the qualifier `{0}`", key.text));
        return undefined;
      }
      pos = this.skipBlank(pos + 1, end);
      const opener = this.text[pos] ?? "";
      let value: Token;
      let quoted = false;
      if (opener === '"' || opener === "«") {
        const closed = this.quotedText(pos, end);
        if (!closed) return undefined;
        value = closed.token;
        quoted = true;
        pos = closed.after;
      } else {
        let stop = pos;
        while (stop < end && !",،}".includes(this.text[stop] ?? "")) stop++;
        const valueEnd = trimEnd(this.text, pos, stop);
        if (valueEnd === pos) {
          this.problem(pos, this.wordEnd(pos, end), said("expected a value for the qualifier `{0}`", key.text));
          return undefined;
        }
        value = { start: pos, end: valueEnd, text: this.text.slice(pos, valueEnd).replace(/\s+/g, " ") };
        pos = stop;
      }
      out.push(QualifierNode.of(key, value, quoted));
      pos = this.skipBlank(pos, end);
      const sep = this.text[pos];
      if (sep === "," || sep === "،") {
        pos++;
        continue;
      }
      if (sep === "}") return pos + 1;
      this.problem(pos, this.wordEnd(pos, end), said("expected `,` or `}` after a qualifier"));
      return undefined;
    }
  }

  /** Reads `"…"` (with `\"` escapes) or `«…»` (with nested pairs) starting at `pos`. */
  private quotedText(pos: number, end: number): { token: Token; after: number } | undefined {
    const opener = this.text[pos];
    let value = "";
    let depth = 0;
    for (let i = pos + 1; i < end; i++) {
      const ch = this.text[i] ?? "";
      if (opener === '"') {
        if (ch === "\\" && this.text[i + 1] === '"') {
          value += '"';
          i++;
          continue;
        }
        if (ch === '"') return { token: { start: pos, end: i + 1, text: value }, after: i + 1 };
      } else {
        if (ch === "«") depth++;
        if (ch === "»") {
          if (depth === 0) return { token: { start: pos, end: i + 1, text: value }, after: i + 1 };
          depth--;
        }
      }
      value += ch;
    }
    this.problem(pos, end, said("this text has no closing `{0}`", opener === '"' ? '"' : "»"));
    return undefined;
  }

  private value(pos: number, end: number): ValueNode | undefined {
    if (pos >= end || this.text[pos] === "#") {
      this.problem(pos, this.wordEnd(pos, end), said("expected the claimed value after `=`"));
      return undefined;
    }
    const opener = this.text[pos] ?? "";
    if (opener === '"' || opener === "«") {
      const closed = this.quotedText(pos, end);
      if (!closed) return undefined;
      this.trailer(closed.after, end);
      return { ...closed.token, text: this.text.slice(pos, closed.after), literal: { kind: "text", value: closed.token.text } };
    }
    const stop = commentStart(this.text, pos, end);
    if (stop < end) this.comment(stop, end);
    const valueEnd = trimEnd(this.text, pos, stop);
    const written = this.text.slice(pos, valueEnd);
    const reading = readValue(written);
    if (!reading.ok) {
      // `3 extra`: a good value followed by junk is the junk's fault, not the value's.
      const firstEnd = this.wordEnd(pos, valueEnd);
      const first = firstEnd < valueEnd ? readValue(this.text.slice(pos, firstEnd)) : undefined;
      if (first?.ok) {
        this.trailer(firstEnd, valueEnd);
        return { start: pos, end: firstEnd, text: this.text.slice(pos, firstEnd), literal: first.literal };
      }
      this.problem(pos, valueEnd, reading);
      return undefined;
    }
    return { start: pos, end: valueEnd, text: written, literal: reading.literal };
  }

  /** After a header's last token: only blanks and a comment may follow. */
  private trailer(pos: number, end: number): void {
    const next = this.skipBlank(pos, end);
    if (next < end && !(this.text[next] === "#" && next > pos)) {
      this.problem(next, trimEnd(this.text, next, end), said("unexpected text here: a comment starts with ` #`"));
    } else if (next < end) this.comment(next, end);
  }

  private field(line: Line, name: Token, afterColon: number): void {
    const block = this.block;
    const known: readonly string[] = block ? BLOCK_FIELDS[block.kind] : SOURCE_FIELDS;
    if (!block) {
      this.problem(line.contentStart, line.end, said("the field `{0}` stands outside any `source` or `claim` block", name.text));
    } else if (!known.includes(name.text)) {
      const suggestion = nearestName(name.text, known);
      const owner = ownerOf(name.text);
      const message =
        owner === "source" && block.kind === "claim"
          ? said("`{0}` is a field of a source, not of a claim; a claim takes: {1}", name.text, known.join(", "))
          : owner === "claim" && block.kind === "source"
            ? said("`{0}` is a field of a claim, not of a source; a source takes: {1}", name.text, known.join(", "))
            : owner
              ? said("`{0}` is a field of a `{1}` block, not of a `{2}` block; a `{2}` block takes: {3}", name.text, owner, block.kind, known.join(", "))
              : suggestion
                ? said("unknown field `{0}`; did you mean `{1}`?", name.text, suggestion)
                : said("unknown field `{0}`", name.text);
      this.problems.push({ code: "unknown-field", start: name.start, end: name.end, ...message, ...(suggestion ? { suggestion } : {}) });
    }
    const valueStart = this.skipBlank(afterColon, line.end);
    // Unknown fields are read as free text so that a misspelt `qoute:` does not spill errors.
    const freeText = FREE_TEXT_FIELDS.has(name.text) || !known.includes(name.text) || !block;
    const stop = freeText ? line.end : commentStart(this.text, valueStart, line.end);
    if (stop < line.end) this.comment(stop, line.end);
    const valueEnd = trimEnd(this.text, valueStart, stop);
    const pieces = valueEnd > valueStart ? [{ fileOffset: valueStart, text: this.text.slice(valueStart, valueEnd) }] : [];
    const open: OpenField = { indent: line.indent, name, start: line.contentStart, pieces, isQuote: name.text === "quote", block };
    if (freeText) this.openField = open;
    else this.finishField(open);
  }

  private closeField(): void {
    if (this.openField) this.finishField(this.openField);
    this.openField = undefined;
  }

  private finishField(open: OpenField): void {
    let value = "";
    const pieces: ValuePiece[] = [];
    for (const piece of open.pieces) {
      if (value) value += " ";
      pieces.push({ valueOffset: value.length, fileOffset: piece.fileOffset, length: piece.text.length });
      value += piece.text;
    }
    if (open.isQuote) ({ value } = dropOuterQuotes(value, pieces));
    const first = open.pieces[0];
    const last = open.pieces[open.pieces.length - 1];
    const valueSpan: Span = first && last ? { start: first.fileOffset, end: last.fileOffset + last.text.length } : { start: open.name.end, end: open.name.end };
    const field: Field = FieldNode.of(open.name, value, valueSpan, pieces, open.start, Math.max(valueSpan.end, open.name.end + 1));
    if (open.block) {
      open.block.fields.push(field);
      open.block.end = Math.max(open.block.end, field.end);
    }
  }

  private closeBlock(): void {
    const block = this.block;
    if (!block) return;
    const fields = exact(block.fields);
    // Written out rather than spread: one shape for every node, and a spread cost as much as the rest of the block.
    if (block.kind === "source") {
      const { id, start, header } = block.node as Omit<SourceNode, "fields" | "end">;
      this.sources.push({ kind: "source", id, start, header, fields, end: block.end });
    } else if (block.kind === "claim") {
      const { metric, qualifiers, value, start, header, sourceIndex } = block.node as Omit<ClaimNode, "fields" | "end">;
      this.claims.push({ kind: "claim", metric, qualifiers, value, start, header, sourceIndex, fields, end: block.end });
    } else if (block.kind === "metric") {
      const { name, start, header } = block.node as Omit<MetricNode, "fields" | "end">;
      this.metrics.push({ kind: "metric", name, start, header, fields, end: block.end });
    } else {
      const { key, value, quoted, start, header } = block.node as Omit<QualifierBlockNode, "fields" | "end">;
      this.qualifierBlocks.push({ kind: "qualifier", key, value, quoted, start, header, fields, end: block.end });
    }
    this.block = undefined;
  }

  private lastSourceIndex(): number {
    return this.sources.length - 1;
  }

  private identAt(pos: number, end: number): Token | undefined {
    // `test` on the sticky pattern leaves `lastIndex` after the match: no match array to collect.
    IDENT.lastIndex = pos;
    if (!IDENT.test(this.text)) return undefined;
    const stop = Math.min(IDENT.lastIndex, end);
    return { start: pos, end: stop, text: interned(this.text.slice(pos, stop)) };
  }

  private skipBlank(pos: number, end: number): number {
    while (pos < end && isBlank(this.text, pos)) pos++;
    return pos;
  }

  /** The end of the run of non-blank characters at `pos` (at least one character, within the line). */
  private wordEnd(pos: number, end: number): number {
    let i = pos;
    while (i < end && !isBlank(this.text, i)) i++;
    return Math.max(i, Math.min(pos + 1, end));
  }

  private problem(start: number, end: number, text: { readonly message: string; readonly l10n: Message }): void {
    this.problems.push({ code: "syntax-error", start, end: Math.max(end, start), message: text.message, l10n: text.l10n });
  }
}

/**
 * One string per identifier spelling (field names, metric names, qualifier keys): an archive
 * writes a few hundred of them a million times, and each slice of a file's text would be kept
 * as its own small string. Bounded, for archives of unique names.
 */
const interned = remembered(8192, (name) => name);

const NO_METRICS: readonly MetricNode[] = [];
const NO_QUALIFIER_BLOCKS: readonly QualifierBlockNode[] = [];

/** The kind of block a field name belongs to, when one takes it. */
function ownerOf(name: string): BlockKind | undefined {
  for (const kind of ["source", "claim", "metric", "qualifier"] as const) if (BLOCK_FIELDS[kind].includes(name)) return kind;
  return undefined;
}

/** Drops one outermost pair of matching quotation marks, shifting the pieces to match. */
function dropOuterQuotes(value: string, pieces: ValuePiece[]): { value: string } {
  const closer = QUOTE_PAIRS[value[0] ?? ""];
  if (!closer || value.length < 2 || value[value.length - 1] !== closer) return { value };
  const inner = value.slice(1, -1);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p) continue;
    let { valueOffset, fileOffset, length } = p;
    if (i === 0) {
      fileOffset++;
      length--;
    } else valueOffset--;
    if (i === pieces.length - 1) length--;
    pieces[i] = { valueOffset, fileOffset, length: Math.max(0, length) };
  }
  return { value: inner };
}

/** Offset of a trailing comment (`#` after white space, outside quoted text) in `[pos, end)`, or `end`. */
function commentStart(text: string, pos: number, end: number): number {
  let inQuote = false;
  for (let i = pos; i < end; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === "#" && !inQuote && i > pos && isBlank(text, i - 1)) return i;
  }
  return end;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

function* splitLines(text: string): Generator<Line> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    // Lines end at LF, CRLF or a lone CR, as LSP counts them.
    const end = nextBreak(text, start);
    let contentStart = start;
    while (contentStart < end && isBlank(text, contentStart)) contentStart++;
    yield { start, end, contentStart, indent: contentStart - start };
    if (end >= text.length) return;
    start = end + breakLength(text, end);
  }
}

/** A space or a tab at `i` (false past the end). */
function isBlank(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}
