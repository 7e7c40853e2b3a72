/**
 * What each field's value must look like. Field values are outside input, so they are validated
 * once here with zod, and the rest of the core trusts what passes.
 */
import { z } from "zod";
import { readIsoDate } from "../syntax/values";
import type { ClaimFieldName, MetricFieldName, QualifierFieldName, SourceFieldName } from "../syntax/fieldNames";
import { msg, type Message } from "../messages";

/** What each schema says when a value fails, as a message: its English text is zod's message and the template. */
const says = {
  value: msg("expected a value"),
  isoDate: msg("expected an ISO date such as 2024-06-08 (or 2024-06, 2024)"),
  url: msg("expected an http(s) URL such as https://example.org/a/123"),
  language: msg("expected a language tag such as ar, fr, en or ar-MA"),
  ident: msg("expected an identifier (letters, digits, _ - .)"),
  path: msg("expected the article's path, relative to this file"),
  via: msg("expected @source-id, @source-id/claim-id, or a description of whom the figure is attributed to"),
  rank: msg("expected preferred, normal or deprecated"),
  status: msg("expected draft (a confirmed claim has no status)"),
  kind: msg("expected flow, level or attribute"),
  qualifierValue: msg("expected a qualifier value as a claim writes it: words without `,` or `}`, or quoted text"),
  invalid: msg("invalid value"),
} as const;
const byTemplate = new Map<string, Message>(Object.values(says).map((m) => [m.template, m]));

const text = z.string().min(1, says.value.template);
const isoDate = z.string().refine((v) => readIsoDate(v) !== undefined, says.isoDate.template);
const url = z.url({ protocol: /^https?$/, error: says.url.template });
const language = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, says.language.template);
const ident = z.string().regex(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*$/u, says.ident.template);
const path = z.string().min(1, says.path.template);

export const RANKS = ["preferred", "normal", "deprecated"] as const;
export type Rank = (typeof RANKS)[number];

/** A claim's `status:`: only `draft`, which leaves the claim out of every check until it is removed. */
export const STATUSES = ["draft"] as const;

export const sourceFieldSchemas: Record<SourceFieldName, z.ZodType<string>> = {
  outlet: text,
  title: text,
  author: text,
  published: isoDate,
  retrieved: isoDate,
  text: path,
  url,
  language,
};

export const claimFieldSchemas: Record<ClaimFieldName, z.ZodType<string>> = {
  id: ident,
  quote: text,
  via: z.string().regex(/^(?:@[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*(?:\/[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)?|[^@].*)$/u, says.via.template),
  note: text,
  rank: z.enum(RANKS, { error: says.rank.template }),
  reason: text,
  status: z.enum(STATUSES, { error: says.status.template }),
};

/** What a metric counts: over a time window (windows add up), at a date, or of one event or thing. */
export const METRIC_KINDS = ["flow", "level", "attribute"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** The languages a metric has a label in (`label-ar`, …). */
export const LABEL_LANGUAGES = ["ar", "fr", "en"] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

// A qualifier value as a claim header writes one: bare words up to `,` or `}`, or quoted text.
const qualifierValue = z.string().regex(/^(?:"(?:[^"\\]|\\.)*"|«.*»|[^,،}"«\s][^,،}]*)$/u, says.qualifierValue.template);

export const metricFieldSchemas: Record<MetricFieldName, z.ZodType<string>> = {
  kind: z.enum(METRIC_KINDS, { error: says.kind.template }),
  unit: text,
  "label-ar": text,
  "label-fr": text,
  "label-en": text,
  alias: ident,
  "part-of": ident,
  note: text,
};

export const qualifierFieldSchemas: Record<QualifierFieldName, z.ZodType<string>> = {
  alias: qualifierValue,
  note: text,
};

/** Fields that may stand more than once in a block. */
export const REPEATABLE_FIELDS: ReadonlySet<string> = new Set(["via", "note", "alias"]);

/** The first validation message for `value`, or undefined when it is valid. */
export function fieldError(schema: z.ZodType<string>, value: string): Message | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const message = result.error.issues[0]?.message;
  if (message === undefined) return says.invalid;
  // Every schema above gives its own message; one zod made up is passed on as it is.
  return byTemplate.get(message) ?? msg("{0}", message);
}
