/**
 * The part of SARIF 2.1.0 (OASIS Standard, sarif-v2.1.0-os) that `isnad check --format sarif`
 * writes, as zod, written from the specification's text: objects take only the properties the
 * spec defines (§3.8: a `properties` bag for anything else), and the cross-object constraints the
 * spec states in prose are checked too. The tests validate the output against it.
 */
import { z } from "zod";

const int = (min: number) => z.number().int().min(min);

/** §3.11.9 (multiformatMessageString): `text` is required. */
const multiformat = z.strictObject({ text: z.string(), markdown: z.string().optional() });

/** §3.11 (message): `text` or `id`; isnad always gives `text`. */
const message = z.strictObject({ text: z.string(), markdown: z.string().optional(), id: z.string().optional(), arguments: z.array(z.string()).optional() });

/** §3.4 (artifactLocation): a URI reference, relative ones resolved through `uriBaseId`. */
const artifactLocation = z.strictObject({
  uri: z.string().refine((u) => !/[\s\\]/.test(u), "a URI reference has no blanks or backslashes").optional(),
  uriBaseId: z.string().optional(),
  index: int(-1).optional(),
});

/** §3.30 (region), text regions: lines and columns 1-based; an end before its start is not allowed (§3.30.2). */
const region = z
  .strictObject({ startLine: int(1), startColumn: int(1).optional(), endLine: int(1).optional(), endColumn: int(1).optional(), charOffset: int(-1).optional(), charLength: int(0).optional() })
  .refine((r) => (r.endLine ?? r.startLine) >= r.startLine, "endLine is before startLine")
  .refine((r) => (r.endLine ?? r.startLine) !== r.startLine || (r.endColumn ?? Infinity) >= (r.startColumn ?? 1), "endColumn is before startColumn on one line");

/** §3.29 (physicalLocation): an artifact location (or an address, which isnad never writes). */
const physicalLocation = z.strictObject({ artifactLocation, region: region.optional() });

/** §3.28 (location). */
const location = z.strictObject({ id: int(-1).optional(), physicalLocation: physicalLocation.optional(), message: message.optional() });

const level = z.enum(["none", "note", "warning", "error"]);

/** §3.49 (reportingDescriptor), used for rules. `helpUri`, when given, is an absolute URI (§3.49.12). */
const reportingDescriptor = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  shortDescription: multiformat.optional(),
  fullDescription: multiformat.optional(),
  help: multiformat.optional(),
  helpUri: z.url().optional(),
  defaultConfiguration: z.strictObject({ level: level.optional(), enabled: z.boolean().optional(), rank: z.number().min(-1).max(100).optional() }).optional(),
});

/** §3.19 (toolComponent) for the driver: `name` is required. */
const toolComponent = z.strictObject({
  name: z.string().min(1),
  version: z.string().optional(),
  semanticVersion: z.string().optional(),
  informationUri: z.url().optional(),
  rules: z.array(reportingDescriptor).optional(),
});

/** §3.27 (result): a message is required; `partialFingerprints` maps names to strings (§3.27.17). */
const result = z.strictObject({
  ruleId: z.string().optional(),
  ruleIndex: int(-1).optional(),
  level: level.optional(),
  message,
  locations: z.array(location).optional(),
  relatedLocations: z.array(location).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
});

/** §3.14 (run); `originalUriBaseIds` values are absolute URIs ending with a slash (§3.14.14). */
const run = z
  .strictObject({
    tool: z.strictObject({ driver: toolComponent }),
    originalUriBaseIds: z.record(z.string(), z.strictObject({ uri: z.string().regex(/^[a-z][a-z0-9+.-]*:.*\/$/i, "an absolute URI ending with a slash") })).optional(),
    columnKind: z.enum(["utf16CodeUnits", "unicodeCodePoints"]).optional(),
    results: z.array(result).optional(),
  })
  .superRefine((r, ctx) => {
    const rules = r.tool.driver.rules ?? [];
    for (const [i, res] of (r.results ?? []).entries()) {
      // §3.27.6: when both are given, ruleIndex points at the rule whose id is ruleId.
      if (res.ruleIndex !== undefined && res.ruleIndex >= 0 && rules[res.ruleIndex]?.id !== res.ruleId) ctx.addIssue({ code: "custom", message: `result ${i}: ruleIndex does not point at ${res.ruleId}`, path: ["results", i] });
      for (const loc of [...(res.locations ?? []), ...(res.relatedLocations ?? [])]) {
        const base = loc.physicalLocation?.artifactLocation.uriBaseId;
        if (base !== undefined && !(base in (r.originalUriBaseIds ?? {}))) ctx.addIssue({ code: "custom", message: `result ${i}: unknown uriBaseId ${base}`, path: ["results", i] });
      }
    }
  });

/** §3.13 (sarifLog). */
export const sarifSchema = z.strictObject({ $schema: z.url().optional(), version: z.literal("2.1.0"), runs: z.array(run) });
