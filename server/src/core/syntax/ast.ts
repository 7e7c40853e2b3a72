/**
 * The syntax tree of a claims file. Nodes keep offsets into the file's text, never line and
 * column: ranges are made only when a result leaves the core.
 */
import type { Message } from "../messages";

/** A stretch of the file's text, `[start, end)` in UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of text as written, with where it stands. */
export interface Token extends Span {
  readonly text: string;
}

/** How a value was written after `=` (or as a qualifier), before any meaning is given to it. */
export type ValueLiteral =
  /** `digits`: the number as written (canonical decimal, in base units) when `value`, a double, rounds it: `9007199254740993`, a 400-digit number. */
  | { readonly kind: "number"; readonly value: number; readonly digits?: string }
  | { readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly kind: "bound"; readonly op: ">" | ">=" | "<" | "<="; readonly value: number }
  | { readonly kind: "approx"; readonly value: number }
  | { readonly kind: "date"; readonly year: number; readonly month?: number; readonly day?: number }
  | { readonly kind: "text"; readonly value: string };

export interface ValueNode extends Token {
  readonly literal: ValueLiteral;
}

export interface Qualifier {
  readonly key: Token;
  readonly value: Token;
  /** Whether the value was quoted (`"…"` or `«…»`): quoted values are text, never numbers or dates. */
  readonly quoted: boolean;
}

/** A `name: value` line under a source or a claim, with its continuation lines joined. */
export interface Field extends Span {
  readonly name: Token;
  /** The value as the format defines it: comments dropped, continuations joined, outer quote pair dropped. */
  readonly value: string;
  /** Where the value stands; for a continued field, from its first to its last character. */
  readonly valueSpan: Span;
  /**
   * For a value on one line, the offset in the file of each character of `value` is
   * `valueSpan.start + (offset of the dropped opening mark) + index`; for a continued value the
   * pieces are listed here so that positions inside the value map back exactly.
   */
  readonly pieces: readonly ValuePiece[];
}

/** A run of `value` that stands unbroken in the file. */
export interface ValuePiece {
  /** Offset in `Field.value`. */
  readonly valueOffset: number;
  /** Offset in the file. */
  readonly fileOffset: number;
  readonly length: number;
}

export interface SourceNode extends Span {
  readonly kind: "source";
  readonly id: Token;
  /** The header line, for reporting on the block as a whole. */
  readonly header: Span;
  readonly fields: readonly Field[];
}

export interface ClaimNode extends Span {
  readonly kind: "claim";
  readonly metric: Token;
  readonly qualifiers: readonly Qualifier[];
  /** Missing when the header has no parsable value (a syntax error was reported). */
  readonly value: ValueNode | undefined;
  readonly header: Span;
  readonly fields: readonly Field[];
  /** Index into `ClaimsFile.sources` of the block this claim belongs to, or -1 above every source. */
  readonly sourceIndex: number;
}

/**
 * A `metric <name>` block: what a metric is (its kind, unit, labels), the other names it goes by,
 * and the metric it is a part of (see docs/format.md, *Declarations*).
 */
export interface MetricNode extends Span {
  readonly kind: "metric";
  /** Empty when the header has no name (a syntax error was reported). */
  readonly name: Token;
  readonly header: Span;
  readonly fields: readonly Field[];
}

/** A `qualifier <key>: <value>` block: other spellings of one qualifier value (see docs/format.md). */
export interface QualifierBlockNode extends Span {
  readonly kind: "qualifier";
  /** Empty when the header has no key (a syntax error was reported). */
  readonly key: Token;
  /** The value the aliases stand for, read as in a claim header; empty after a syntax error. */
  readonly value: Token;
  /** Whether the value was quoted (`"…"` or `«…»`). */
  readonly quoted: boolean;
  readonly header: Span;
  readonly fields: readonly Field[];
}

export interface SyntaxProblem extends Span {
  readonly code: "syntax-error" | "no-source" | "unknown-field";
  readonly message: string;
  /** `message` as data, for hosts that translate it (see core/messages.ts). */
  readonly l10n?: Message;
  /** For `unknown-field`: the nearest known field name. */
  readonly suggestion?: string;
}

/** What a line of the file is, as the parser read it (see docs/format.md, *Lines*). */
export type LineKind = "blank" | "comment" | "source" | "claim" | "metric" | "qualifier" | "field" | "continuation" | "other";

/** One line of the file: what the formatter, folding and highlighting need beyond the tree. */
export interface LineInfo {
  readonly kind: LineKind;
  /** Offset of the line's first character (after a BOM on the first line). */
  readonly start: number;
  /** Offset just past the line's last character, before the line break. */
  readonly end: number;
  /** Offset of the first character that is not a space or a tab (or `end`). */
  readonly contentStart: number;
  /** A comment on the line: the whole line for `comment`, else a trailing ` # …` the parser read as one. */
  readonly comment?: Span;
}

export interface ClaimsFile {
  readonly text: string;
  readonly sources: readonly SourceNode[];
  readonly claims: readonly ClaimNode[];
  /** The `metric` blocks, in the order they stand. */
  readonly metrics: readonly MetricNode[];
  /** The `qualifier` blocks, in the order they stand. */
  readonly qualifierBlocks: readonly QualifierBlockNode[];
  readonly problems: readonly SyntaxProblem[];
  /** Every line with its kind, when asked for (`parseClaims(text, { lines: true })`). */
  readonly lines?: readonly LineInfo[];
}
