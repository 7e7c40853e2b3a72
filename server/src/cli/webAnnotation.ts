/**
 * `isnad export --format web-annotation`: a W3C Web Annotation (JSON-LD) for every place a quote
 * stands in its article, so that Hypothesis-like tools can anchor it: a TextQuoteSelector (the
 * passage and up to 32 characters either side) and a TextPositionSelector, whose offsets the
 * model counts in code points (not the UTF-16 units of the rest of the command line). The target
 * is the source's `url:` when it has one, else the article's path relative to the root.
 */
import { createHash } from "node:crypto";
import { claimText, type ClaimRecord } from "./claimRecords";

/** Characters (code points) of context on each side of the passage. */
export const CONTEXT = 32;

/** Every annotation, each a JSON-LD document of its own. */
export function toWebAnnotations(records: readonly ClaimRecord[]): object[] {
  const out: object[] = [];
  for (const r of records) {
    const text = r.articleText;
    if (text === undefined || r.article === undefined) continue;
    for (const place of r.places) out.push(annotation(r, text, place.start, place.end));
  }
  return out;
}

function annotation(r: ClaimRecord, text: string, start: number, end: number): object {
  const before = [...text.slice(0, start)];
  const exact = text.slice(start, end);
  const after = [...text.slice(end)];
  const prefix = before.slice(-CONTEXT).join("");
  const suffix = after.slice(0, CONTEXT).join("");
  const from = before.length;
  // A path is a relative IRI reference: each segment percent-encoded.
  const target = r.source?.url ?? (r.article ?? "").split("/").map(encodeURIComponent).join("/");
  const described = `${claimText(r)}${r.source ? ` (${r.source.outlet ?? r.source.id})` : ""}`;
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: uuid(`${r.file}\u0000${r.source?.id ?? ""}\u0000${claimText(r)}\u0000${start}`),
    type: "Annotation",
    motivation: "describing",
    body: { type: "TextualBody", value: described, format: "text/plain", ...(r.source?.language ? { language: r.source.language } : {}) },
    target: {
      source: target,
      selector: [
        { type: "TextQuoteSelector", exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
        { type: "TextPositionSelector", start: from, end: from + [...exact].length },
      ],
    },
  };
}

/** A name-based UUID (version 5 layout over SHA-1) as a URN: the same claim and place give the same id on every run. */
function uuid(name: string): string {
  const h = createHash("sha1").update("isnad web annotation\u0000").update(name).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
