/**
 * What each field's value must look like. Field values are outside input, so they are validated
 * once here with zod, and the rest of the core trusts what passes.
 */
import { z } from "zod";
import { readIsoDate } from "../syntax/values";
import type { ClaimFieldName, SourceFieldName } from "../syntax/fieldNames";

const text = z.string().min(1, "expected a value");
const isoDate = z.string().refine((v) => readIsoDate(v) !== undefined, "expected an ISO date such as 2024-06-08 (or 2024-06, 2024)");
const url = z.url({ protocol: /^https?$/, error: "expected an http(s) URL such as https://example.org/a/123" });
const language = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "expected a language tag such as ar, fr, en or ar-MA");
const ident = z.string().regex(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*$/u, "expected an identifier (letters, digits, _ - .)");
const path = z.string().min(1, "expected the article's path, relative to this file");

export const RANKS = ["preferred", "normal", "deprecated"] as const;
export type Rank = (typeof RANKS)[number];

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
  via: z.string().regex(/^(?:@[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*(?:\/[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)?|[^@].*)$/u, "expected @source-id, @source-id/claim-id, or a description of whom the figure is attributed to"),
  note: text,
  rank: z.enum(RANKS, { error: "expected preferred, normal or deprecated" }),
  reason: text,
};

/** Fields that may stand more than once in a block. */
export const REPEATABLE_FIELDS: ReadonlySet<string> = new Set(["via", "note"]);

/** The first validation message for `value`, or undefined when it is valid. */
export function fieldError(schema: z.ZodType<string>, value: string): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? "invalid value");
}
