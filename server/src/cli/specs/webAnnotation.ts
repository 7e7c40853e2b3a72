/**
 * W3C Web Annotation Data Model (Recommendation, 23 February 2017) for what `isnad export
 * --format web-annotation` writes, as zod, written from the model's text: an Annotation MUST have
 * the anno.jsonld context, one IRI `id`, the type `Annotation` and a target; a TextualBody MUST
 * have a `value`; a SpecificResource MUST have a `source`; a TextQuoteSelector MUST have `exact`;
 * a TextPositionSelector MUST have `start` and `end`, non-negative, counted in code points.
 */
import { z } from "zod";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** §3.4 Motivation and Purpose: the motivations the model defines. */
const motivation = z.enum(["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"]);

/** An IRI: absolute with a scheme, or a relative reference (no blanks). */
const iri = z.string().min(1).refine((v) => !/\s/.test(v), "an IRI has no blanks");

/** §3.2.4 Embedded Textual Body. */
const textualBody = z.strictObject({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, "a media type").optional(),
  language: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, "a BCP 47 tag").optional(),
  purpose: motivation.optional(),
});

/** §4.2.4 Text Quote Selector. */
const textQuoteSelector = z.strictObject({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() });

/** §4.2.5 Text Position Selector: "start" and "end" in code points, end not before start. */
const textPositionSelector = z
  .strictObject({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end >= s.start, "end is before start");

const selector = z.union([textQuoteSelector, textPositionSelector]);

/** §4 Specific Resources. */
const specificResource = z.strictObject({ source: iri, selector: z.union([selector, z.array(selector).min(1)]).optional() });

/** §3.1 Annotations. */
export const annotationSchema = z.strictObject({
  "@context": z.union([z.literal(ANNO_CONTEXT), z.array(z.string()).refine((c) => c.includes(ANNO_CONTEXT), "the anno.jsonld context")]),
  id: z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, "an absolute IRI"),
  type: z.literal("Annotation"),
  motivation: motivation.optional(),
  body: textualBody.optional(),
  target: z.union([iri, specificResource]),
});

export const annotationsSchema = z.array(annotationSchema);
