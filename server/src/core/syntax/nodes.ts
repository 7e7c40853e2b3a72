/**
 * Fields and qualifiers as one object each. An index of 100,000 claims keeps about two fields and
 * one qualifier a claim; as plain trees each was five and three objects (the name token, the value
 * span, the list of pieces and its one piece), about 40 MB in all. Here the numbers are kept and
 * the small objects are made when asked for, which the checks rarely do for a file nobody looks at.
 */
import type { Field, Qualifier, Span, Token, ValuePiece } from "./ast";

export class FieldNode implements Field {
  constructor(
    private readonly nameStart: number,
    /** The name as written: its token ends where its text does. */
    private readonly nameText: string,
    readonly value: string,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    readonly start: number,
    readonly end: number,
    /** The pieces of a continued value; undefined for a value on one line, kept as the three numbers below. */
    private readonly pieceList: readonly ValuePiece[] | undefined,
    private readonly pieceValueOffset = 0,
    private readonly pieceFileOffset = 0,
    private readonly pieceLength = 0,
  ) {}

  /** A field whose value pieces are `pieces`: one piece is folded into the field. */
  static of(name: Token, value: string, valueSpan: Span, pieces: readonly ValuePiece[], start: number, end: number): FieldNode {
    const only = pieces.length === 1 ? pieces[0] : undefined;
    if (only) return new FieldNode(name.start, name.text, value, valueSpan.start, valueSpan.end, start, end, undefined, only.valueOffset, only.fileOffset, only.length);
    return new FieldNode(name.start, name.text, value, valueSpan.start, valueSpan.end, start, end, [...pieces]);
  }

  get name(): Token {
    return { start: this.nameStart, end: this.nameStart + this.nameText.length, text: this.nameText };
  }

  get valueSpan(): Span {
    return { start: this.valueStart, end: this.valueEnd };
  }

  get pieces(): readonly ValuePiece[] {
    return this.pieceList ?? [{ valueOffset: this.pieceValueOffset, fileOffset: this.pieceFileOffset, length: this.pieceLength }];
  }
}

export class QualifierNode implements Qualifier {
  constructor(
    private readonly keyStart: number,
    private readonly keyText: string,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    /** The value as read: white space collapsed, or the text between its quotation marks. */
    private readonly valueText: string,
    readonly quoted: boolean,
  ) {}

  static of(key: Token, value: Token, quoted: boolean): QualifierNode {
    return new QualifierNode(key.start, key.text, value.start, value.end, value.text, quoted);
  }

  get key(): Token {
    return { start: this.keyStart, end: this.keyStart + this.keyText.length, text: this.keyText };
  }

  get value(): Token {
    return { start: this.valueStart, end: this.valueEnd, text: this.valueText };
  }
}
