/**
 * `isnad export --format claimreview`: a schema.org ClaimReview (JSON-LD) for each contested
 * claim, one that another source contradicts or that is in a dispute settled by ranks. The claim
 * reviewed is the quantity and value as written; its appearances are the claim's own source,
 * then each competing source, as CreativeWorks with their url, headline, date and outlet.
 */
import { claimText, type ClaimRecord } from "./claimRecords";

/** The JSON-LD document: one `@context`, every review in `@graph`. */
export function toClaimReviews(records: readonly ClaimRecord[]): object {
  const graph = records.filter((r) => r.competing.length > 0).map(review);
  return { "@context": "https://schema.org", "@graph": graph };
}

function review(r: ClaimRecord): object {
  const contradicted = r.competing.filter((c) => c.verdict === "contradicts");
  const settled = r.competing.filter((c) => c.verdict === "settled");
  // Still contested while one source contradicts it; once every dispute is settled, its rank says how.
  const rating = contradicted.length > 0 ? "contested" : r.rank === "deprecated" ? "deprecated" : "preferred";
  const against = (list: typeof r.competing) => list.map((c) => `${c.record().value ?? "?"} (${c.record().source?.id ?? c.record().file})`).join(", ");
  const body = [contradicted.length > 0 ? `contradicted by ${against(contradicted)}` : "", settled.length > 0 ? `settled against ${against(settled)}` : ""].filter((s) => s !== "").join("; ");
  return {
    "@type": "ClaimReview",
    claimReviewed: claimText(r),
    reviewBody: body,
    reviewRating: { "@type": "Rating", alternateName: rating },
    itemReviewed: { "@type": "Claim", appearance: [appearance(r), ...r.competing.map((c) => appearance(c.record()))] },
  };
}

function appearance(r: ClaimRecord): object {
  const s = r.source;
  const outlet = s?.outlet ? { "@type": "Organization", name: s.outlet } : undefined;
  return {
    "@type": "CreativeWork",
    ...(s?.url ? { url: s.url } : {}),
    ...(s?.title ? { headline: s.title } : {}),
    ...(s?.published ? { datePublished: s.published } : {}),
    ...(s?.author ? { author: { "@type": "Person", name: s.author } } : outlet ? { author: outlet } : {}),
    ...(outlet ? { publisher: outlet } : {}),
    ...(s?.language ? { inLanguage: s.language } : {}),
    ...(s ? { identifier: s.id } : {}),
    text: r.quote ?? claimText(r),
  };
}
