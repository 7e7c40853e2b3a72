/**
 * Semantic highlighting of a claims file: keywords, source ids, metric names, qualifier keys and
 * values, claimed values, field names, `@` references, declared names and their aliases, and
 * comments, as tokens with offsets. The
 * legend is fixed here; the server encodes the tokens the way LSP wants them.
 */
import { normaliseQualifierValue } from "../model/facts";
import { parseClaims } from "../syntax/parser";
import { sourceIdOfVia } from "../workspace/workspaceIndex";

/** The token types, in legend order (standard LSP names, so every theme colours them). */
export const TOKEN_TYPES = ["keyword", "namespace", "type", "parameter", "enumMember", "number", "string", "property", "comment", "variable"] as const;
export const TOKEN_MODIFIERS = ["declaration"] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly start: number;
  /** Within the line of `start`. */
  readonly end: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** The tokens of `text`, in document order, none overlapping. */
export function semanticTokens(text: string): SemanticToken[] {
  const file = parseClaims(text, { lines: true });
  const tokens: SemanticToken[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: TokenModifier[] = []) => {
    if (end > start) tokens.push({ start, end, type, modifiers });
  };
  for (const source of file.sources) {
    add(source.header.start, source.header.start + "source".length, "keyword");
    add(source.id.start, source.id.end, "namespace", ["declaration"]);
  }
  for (const claim of file.claims) {
    add(claim.header.start, claim.header.start + "claim".length, "keyword");
    add(claim.metric.start, claim.metric.end, "type");
    for (const q of claim.qualifiers) {
      add(q.key.start, q.key.end, "parameter");
      const normal = normaliseQualifierValue(q.value.text, q.quoted);
      add(q.value.start, q.value.end, q.quoted ? "string" : normal.startsWith("#") || normal.startsWith("@") ? "number" : "enumMember");
    }
    if (claim.value) add(claim.value.start, claim.value.end, claim.value.literal.kind === "text" ? "string" : "number");
  }
  for (const metric of file.metrics) {
    add(metric.header.start, metric.header.start + "metric".length, "keyword");
    add(metric.name.start, metric.name.end, "type", ["declaration"]);
  }
  for (const block of file.qualifierBlocks) {
    add(block.header.start, block.header.start + "qualifier".length, "keyword");
    add(block.key.start, block.key.end, "parameter");
    add(block.value.start, block.value.end, block.quoted ? "string" : "enumMember", ["declaration"]);
  }
  const declarationFields = new Map<string, TokenType>([
    ["kind", "enumMember"],
    ["part-of", "type"],
  ]);
  for (const metric of file.metrics) {
    for (const field of metric.fields) {
      const type = field.name.text === "alias" ? "type" : declarationFields.get(field.name.text);
      if (type && field.value) add(field.valueSpan.start, field.valueSpan.end, type);
    }
  }
  for (const block of file.qualifierBlocks) {
    for (const field of block.fields) {
      if (field.name.text === "alias" && field.value) add(field.valueSpan.start, field.valueSpan.end, /^["«]/u.test(field.value) ? "string" : "enumMember");
    }
  }
  for (const block of [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks]) {
    for (const field of block.fields) {
      add(field.name.start, field.name.end, "property");
      const name = field.name.text;
      const at = field.valueSpan.start;
      if (name === "via") {
        const id = sourceIdOfVia(field.value);
        if (id !== undefined && text[at] === "@") {
          add(at, at + 1 + id.length, "namespace");
          const rest = field.value.slice(1 + id.length);
          if (rest.startsWith("/")) add(at + 1 + id.length + 1, at + field.value.length, "variable");
        }
      } else if (name === "id" && field.value) add(at, field.valueSpan.end, "variable", ["declaration"]);
      else if (name === "rank" && field.value) add(at, field.valueSpan.end, "enumMember");
    }
  }
  for (const line of file.lines ?? []) if (line.comment) add(line.comment.start, line.comment.end, "comment");
  tokens.sort((a, b) => a.start - b.start);
  const out: SemanticToken[] = [];
  let end = 0;
  for (const t of tokens) {
    if (t.start < end) continue;
    out.push(t);
    end = t.end;
  }
  return out;
}
