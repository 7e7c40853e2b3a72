/**
 * What a file's `metric` and `qualifier` blocks declare, as plain values: the kind, unit, labels,
 * aliases and `part-of` of each metric, and the aliases of each qualifier value. Computed once per
 * version of a file, from that file alone; the mistakes a file makes by itself (no kind, an
 * unknown kind, an alias that is the name it stands for) are reported here, those that take the
 * rest of the workspace to see (a metric declared twice, a `part-of` to nothing, a cycle) by
 * checks/declarations.ts.
 */
import type { ClaimsFile, Field, Span, Token } from "../syntax/ast";
import { METRIC_FIELDS, QUALIFIER_FIELDS } from "../syntax/fieldNames";
import { said } from "../messages";
import { fieldError, LABEL_LANGUAGES, metricFieldSchemas, qualifierFieldSchemas, REPEATABLE_FIELDS, type LabelLanguage, type MetricKind } from "./fieldSchemas";
import { foldedName, normaliseQualifierValue } from "./facts";
import type { Problem } from "./problem";
import { TIME_KEYS } from "./timeWindow";
import type { z } from "zod";

/** A metric name as a declaration writes it (an alias, a `part-of` target), folded once. */
export interface NameRef extends Span {
  readonly written: string;
  readonly folded: string;
}

/** A qualifier value as a declaration writes it, normalised as a claim's would be. */
export interface ValueRef extends Span {
  /** As read: quotation marks dropped. */
  readonly written: string;
  readonly quoted: boolean;
  /** As `normaliseQualifierValue` makes it: what quantity keys hold. */
  readonly normalised: string;
}

/** A `metric` block. */
export interface MetricFacts {
  readonly index: number;
  readonly name: Token;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly header: Span;
  /** Undefined when the block has no valid `kind:` (reported as `invalid-metric`). */
  readonly kind: MetricKind | undefined;
  readonly unit: string | undefined;
  readonly labels: Readonly<Partial<Record<LabelLanguage, string>>>;
  /** The valid `alias:` fields, each once. */
  readonly aliases: readonly NameRef[];
  /** The valid `part-of:` field: not the metric itself. */
  readonly partOf: NameRef | undefined;
}

/** A `qualifier <key>: <value>` block. */
export interface QualifierFacts {
  readonly index: number;
  readonly key: Token;
  readonly foldedKey: string;
  /** The value the aliases stand for. */
  readonly value: ValueRef;
  readonly start: number;
  readonly end: number;
  readonly header: Span;
  /** The valid `alias:` fields, each once and none the value itself. */
  readonly aliases: readonly ValueRef[];
}

export interface Declarations {
  readonly metrics: readonly MetricFacts[];
  readonly qualifierBlocks: readonly QualifierFacts[];
}

const NONE: Declarations = { metrics: [], qualifierBlocks: [] };

/** The declarations of a parsed file; the mistakes it makes alone are added to `problems`. */
export function declarationsOf(file: ClaimsFile, problems: Problem[]): Declarations {
  if (file.metrics.length === 0 && file.qualifierBlocks.length === 0) return NONE;
  const metrics: MetricFacts[] = [];
  for (const [index, node] of file.metrics.entries()) {
    if (!node.name.text) continue; // a syntax error, reported by the parser
    const fields = validFields(node.fields, METRIC_FIELDS, metricFieldSchemas, problems);
    const folded = foldedName(node.name.text);
    const kindField = fields.find((f) => f.name.text === "kind");
    if (!kindField && !node.fields.some((f) => f.name.text === "kind")) {
      problems.push({
        code: "invalid-metric",
        start: node.name.start,
        end: node.name.end,
        ...said("the metric `{0}` has no `kind:`: flow (counted over a time window), level (at a date) or attribute (of one event or thing)", node.name.text),
      });
    }
    const labels: Partial<Record<LabelLanguage, string>> = {};
    for (const language of LABEL_LANGUAGES) {
      const label = fields.find((f) => f.name.text === `label-${language}`);
      if (label) labels[language] = label.value;
    }
    const aliases: NameRef[] = [];
    for (const field of fields) {
      if (field.name.text !== "alias") continue;
      const alias = nameRef(field);
      if (alias.folded === folded) {
        problems.push({ code: "invalid-metric", start: alias.start, end: alias.end, ...said("`{0}` is the name `{1}` itself, written another way: it needs no alias", alias.written, node.name.text) });
      } else if (aliases.some((a) => a.folded === alias.folded)) {
        problems.push({ code: "invalid-metric", start: alias.start, end: alias.end, ...said("the alias `{0}` is given twice in this block", alias.written) });
      } else aliases.push(alias);
    }
    const partOfField = fields.find((f) => f.name.text === "part-of");
    let partOf = partOfField ? nameRef(partOfField) : undefined;
    if (partOf && (partOf.folded === folded || aliases.some((a) => a.folded === partOf?.folded))) {
      problems.push({ code: "invalid-metric", start: partOf.start, end: partOf.end, ...said("`{0}` is this metric itself: a metric is not a part of itself", partOf.written) });
      partOf = undefined;
    }
    metrics.push({
      index,
      name: node.name,
      folded,
      start: node.start,
      end: node.end,
      header: node.header,
      kind: kindField?.value as MetricKind | undefined,
      unit: fields.find((f) => f.name.text === "unit")?.value,
      labels,
      aliases,
      partOf,
    });
  }
  const qualifierBlocks: QualifierFacts[] = [];
  for (const [index, node] of file.qualifierBlocks.entries()) {
    if (!node.key.text || !node.value.text) continue; // a syntax error, reported by the parser
    const foldedKey = foldedName(node.key.text);
    if (TIME_KEYS.has(foldedKey)) {
      problems.push({ code: "invalid-metric", start: node.key.start, end: node.key.end, ...said("`{0}` is a time qualifier: its values are read as windows of days, and take no aliases", node.key.text) });
      continue;
    }
    const fields = validFields(node.fields, QUALIFIER_FIELDS, qualifierFieldSchemas, problems);
    const value: ValueRef = { written: node.value.text, quoted: node.quoted, normalised: normaliseQualifierValue(node.value.text, node.quoted), start: node.value.start, end: node.value.end };
    const aliases: ValueRef[] = [];
    for (const field of fields) {
      if (field.name.text !== "alias") continue;
      const alias = valueRef(field);
      if (alias.normalised === value.normalised) {
        problems.push({ code: "invalid-metric", start: alias.start, end: alias.end, ...said("`{0}` is the value `{1}` itself once letters and digits are folded: it needs no alias", alias.written, value.written) });
      } else if (aliases.some((a) => a.normalised === alias.normalised)) {
        problems.push({ code: "invalid-metric", start: alias.start, end: alias.end, ...said("the alias `{0}` is given twice in this block", alias.written) });
      } else aliases.push(alias);
    }
    qualifierBlocks.push({ index, key: node.key, foldedKey, value, start: node.start, end: node.end, header: node.header, aliases });
  }
  return { metrics, qualifierBlocks };
}

function nameRef(field: Field): NameRef {
  return { written: field.value, folded: foldedName(field.value), start: field.valueSpan.start, end: field.valueSpan.end };
}

/** `alias: «Argana café»` is the quoted value `Argana café`, as it would be in a claim header. */
function valueRef(field: Field): ValueRef {
  const raw = field.value;
  const quoted = (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) || (raw.startsWith("«") && raw.endsWith("»"));
  const written = quoted ? (raw.startsWith('"') ? raw.slice(1, -1).replace(/\\"/g, '"') : raw.slice(1, -1)) : raw.replace(/\s+/g, " ");
  return { written, quoted, normalised: normaliseQualifierValue(written, quoted), start: field.valueSpan.start, end: field.valueSpan.end };
}

/**
 * The fields that pass their schema, each once unless it may repeat. A bad `kind:` is a mistake
 * about the metric (`invalid-metric`); any other bad value is `invalid-field`, as under a claim.
 */
function validFields(fields: readonly Field[], known: readonly string[], schemas: Record<string, z.ZodType<string>>, problems: Problem[]): Field[] {
  const seen: string[] = [];
  const valid: Field[] = [];
  for (const field of fields) {
    const name = field.name.text;
    if (!known.includes(name)) continue; // reported by the parser as unknown-field
    if (seen.includes(name) && !REPEATABLE_FIELDS.has(name)) {
      problems.push({ code: "invalid-field", start: field.name.start, end: field.name.end, ...said("`{0}` is given twice in this block; the first one counts", name) });
      continue;
    }
    seen.push(name);
    const schema = schemas[name];
    const error = schema ? fieldError(schema, field.value) : undefined;
    if (error) {
      const at: Span = field.value ? field.valueSpan : field.name;
      problems.push({ code: name === "kind" ? "invalid-metric" : "invalid-field", start: at.start, end: at.end, ...said("`{0}: {1}`: {2}", name, field.value, error) });
      continue;
    }
    valid.push(field);
  }
  return valid;
}
