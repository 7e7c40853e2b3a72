/**
 * schema.org ClaimReview as `isnad export --format claimreview` writes it, as zod, written from
 * the schema.org definitions of ClaimReview, Claim, CreativeWork, Rating, Organization and Person:
 * each object takes only properties schema.org gives its type (or a supertype), with the
 * expected value types (Text, URL, Date in ISO 8601). The tests validate the output against it.
 */
import { z } from "zod";

/** schema.org Date or DateTime: ISO 8601. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "an ISO 8601 date");

/** A Person or an Organization, named (schema.org `author` and `publisher` take either). */
const agent = z.strictObject({ "@type": z.enum(["Person", "Organization"]), name: z.string().min(1), url: z.url().optional() });

/** schema.org CreativeWork (the Claim's `appearance`). */
export const creativeWorkSchema = z.strictObject({
  "@type": z.literal("CreativeWork"),
  url: z.url().optional(),
  headline: z.string().optional(),
  datePublished: isoDate.optional(),
  author: agent.optional(),
  publisher: agent.optional(),
  /** BCP 47 language tag (schema.org: "use one of the language codes from the IETF BCP 47 standard"). */
  inLanguage: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/).optional(),
  identifier: z.string().optional(),
  text: z.string().optional(),
});

/** schema.org Claim: `appearance` is one CreativeWork or several. */
const claim = z.strictObject({
  "@type": z.literal("Claim"),
  appearance: z.union([creativeWorkSchema, z.array(creativeWorkSchema).min(1)]),
  firstAppearance: creativeWorkSchema.optional(),
  author: agent.optional(),
});

/** schema.org Rating; `alternateName` is the human-readable verdict fact-check readers show. */
const rating = z.strictObject({
  "@type": z.literal("Rating"),
  alternateName: z.string().min(1).optional(),
  ratingValue: z.union([z.number(), z.string()]).optional(),
  bestRating: z.union([z.number(), z.string()]).optional(),
  worstRating: z.union([z.number(), z.string()]).optional(),
});

/** schema.org ClaimReview. */
export const claimReviewSchema = z.strictObject({
  "@type": z.literal("ClaimReview"),
  claimReviewed: z.string().min(1),
  reviewBody: z.string().optional(),
  reviewRating: rating.optional(),
  itemReviewed: claim,
  url: z.url().optional(),
  author: agent.optional(),
  datePublished: isoDate.optional(),
});

/** The JSON-LD document: the schema.org context and the reviews as a graph. */
export const claimReviewDocumentSchema = z.strictObject({
  "@context": z.enum(["https://schema.org", "http://schema.org", "https://schema.org/"]),
  "@graph": z.array(claimReviewSchema),
});
