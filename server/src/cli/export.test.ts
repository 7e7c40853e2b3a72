// `isnad export`: each format validated against a schema written from its specification
// (specs/), CSV parsed back, offsets checked against the article, and the command's flags.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { CSV_COLUMNS } from "./exportCsv";
import { main } from "./main";
import { claimReviewDocumentSchema } from "./specs/claimReview";
import { annotationSchema, annotationsSchema } from "./specs/webAnnotation";

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { print: (l) => stdout.push(l), error: (l) => stderr.push(l) });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

/** RFC 4180 read back: CRLF records, quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last record does not end with CRLF");
  return rows;
}

/** An annotation's target source and its two selectors. */
function anchor(a: z.infer<typeof annotationSchema>) {
  if (typeof a.target === "string") throw new Error("a target without selectors");
  const selectors = [a.target.selector ?? []].flat();
  const quote = selectors.find((s) => s.type === "TextQuoteSelector");
  const position = selectors.find((s) => s.type === "TextPositionSelector");
  if (!quote || !position) throw new Error("a selector is missing");
  return { source: a.target.source, quote, position };
}

const ARTICLE = "𝟙𝟚 😀 مقدمة. تم تفكيك 13 خلية في 2017 حسب المكتب، وانتهت العملية بتوقيف أربعة, \"أشخاص\" في المدينة.";

describe("isnad export", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "isnad-export-"));
    mkdirSync(path.join(root, "dir"));
    writeFileSync(path.join(root, "a.txt"), ARTICLE);
    writeFileSync(path.join(root, "dir", "b article.txt"), "Officials said 9 cells were dismantled in 2017.");
    writeFileSync(
      path.join(root, "a.claims"),
      [
        "source waha",
        "  outlet: الواحة",
        '  title: خلايا, "مفككة"',
        "  published: 2024-06-08",
        "  url: https://example.org/a/1",
        "  language: ar",
        "  text: a.txt",
        "claim cells {year: 2017} = 13",
        "  quote: 13 خلية",
        "  via: @bcij",
        '  via: ministry "spokesman"',
        "claim arrested = 4",
        '  quote: أربعة, "أشخاص"',
        "",
      ].join("\n"),
    );
    writeFileSync(path.join(root, "b.claims"), "source marsad\n  outlet: Le Marsad\n  published: 2024-06-09\n  text: dir/b article.txt\nclaim cells {year: 2017} = 9\n  quote: 9 cells\nsource bcij\n  outlet: BCIJ\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("writes CSV with a byte order mark, a header and one RFC 4180 row a claim, offsets in UTF-16 units into the article", async () => {
    const r = await run(["export", "--root", root, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(`${r.stdout.slice(1)}\n`);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows.slice(1).map((cells) => Object.fromEntries(cells.map((c, i) => [CSV_COLUMNS[i], c])));
    expect(records).toEqual([
      { file: "a.claims", source: "waha", outlet: "الواحة", date: "2024-06-08", metric: "cells", qualifiers: "year: 2017", value: "13", rank: "normal", via: '@bcij ← ministry "spokesman"', quote: "13 خلية", article: "a.txt", quote_start: String(ARTICLE.indexOf("13 خلية")), quote_end: String(ARTICLE.indexOf("13 خلية") + 7), quote_places: "1" },
      { file: "a.claims", source: "waha", outlet: "الواحة", date: "2024-06-08", metric: "arrested", qualifiers: "", value: "4", rank: "normal", via: "", quote: 'أربعة, "أشخاص"', article: "a.txt", quote_start: String(ARTICLE.indexOf("أربعة")), quote_end: String(ARTICLE.indexOf("أربعة") + 'أربعة, "أشخاص'.length), quote_places: "1" },
      { file: "b.claims", source: "marsad", outlet: "Le Marsad", date: "2024-06-09", metric: "cells", qualifiers: "year: 2017", value: "9", rank: "normal", via: "", quote: "9 cells", article: "dir/b article.txt", quote_start: "15", quote_end: "22", quote_places: "1" },
    ]);
    // The offsets are those of the passage found: the locator leaves a closing quotation mark out.
    expect(records.slice(0, 2).map((rec) => ARTICLE.slice(Number(rec.quote_start), Number(rec.quote_end)))).toEqual(["13 خلية", 'أربعة, "أشخاص']);
    // Only the given paths' claims.
    const only = await run(["export", "b.claims", "--root", root, "--format", "csv"].map((a) => (a === "b.claims" ? path.join(root, a) : a)));
    expect(parseCsv(`${only.stdout.slice(1)}\n`)).toHaveLength(2);
  });

  it("writes schema.org ClaimReview for each contested claim, its own source then the competing ones as appearances", async () => {
    const r = await run(["export", "--root", root, "--format", "claimreview"]);
    expect(r.code).toBe(0);
    const doc = claimReviewDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc["@graph"].map((g) => [g.claimReviewed, g.reviewRating?.alternateName, g.reviewBody])).toEqual([
      ["cells {year: 2017} = 13", "contested", "contradicted by 9 (marsad)"],
      ["cells {year: 2017} = 9", "contested", "contradicted by 13 (waha)"],
    ]);
    expect(doc["@graph"][0]?.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", url: "https://example.org/a/1", headline: 'خلايا, "مفككة"', datePublished: "2024-06-08", author: { "@type": "Organization", name: "الواحة" }, publisher: { "@type": "Organization", name: "الواحة" }, inLanguage: "ar", identifier: "waha", text: "13 خلية" },
      { "@type": "CreativeWork", datePublished: "2024-06-09", author: { "@type": "Organization", name: "Le Marsad" }, publisher: { "@type": "Organization", name: "Le Marsad" }, identifier: "marsad", text: "9 cells" },
    ]);
    // Settled by ranks: no longer contested; each side says how it was settled.
    writeFileSync(path.join(root, "b.claims"), readFileSync(path.join(root, "b.claims"), "utf8").replace("  quote: 9 cells\n", "  quote: 9 cells\n  rank: deprecated\n"));
    const settled = claimReviewDocumentSchema.parse(JSON.parse((await run(["export", "--root", root, "--format", "claimreview"])).stdout));
    expect(settled["@graph"].map((g) => [g.reviewRating?.alternateName, g.reviewBody])).toEqual([
      ["preferred", "settled against 9 (marsad)"],
      ["deprecated", "settled against 13 (waha)"],
    ]);
  });

  it("writes a Web Annotation for every quote found, selectors in code points, the target the source's url or the article's path", async () => {
    const r = await run(["export", "--root", root, "--format", "web-annotation"]);
    expect(r.code).toBe(0);
    const annotations = annotationsSchema.parse(JSON.parse(r.stdout));
    expect(annotations).toHaveLength(3);
    const points = [...ARTICLE];
    for (const a of annotations.slice(0, 2)) {
      const { source, quote, position } = anchor(a);
      expect(source).toBe("https://example.org/a/1");
      expect(points.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(points.slice(Math.max(0, position.start - 32), position.start).join("")).toBe(quote.prefix);
      expect(points.slice(position.end, position.end + 32).join("")).toBe(quote.suffix ?? "");
    }
    // Three astral characters (two UTF-16 units each, one code point) stand before the quote.
    expect(anchor(annotations[0]!).position.start).toBe(ARTICLE.indexOf("13 خلية") - 3);
    expect(anchor(annotations[2]!).source).toBe("dir/b%20article.txt");
    expect(annotations[0]).toMatchObject({ type: "Annotation", motivation: "describing", body: { type: "TextualBody", value: "cells {year: 2017} = 13 (الواحة)", language: "ar" } });
    expect(new Set(annotations.map((a) => a.id)).size).toBe(3);
    expect(annotationsSchema.parse(JSON.parse((await run(["export", "--root", root, "--format", "web-annotation"])).stdout)).map((a) => a.id)).toEqual(annotations.map((a) => a.id));
  });

  it("writes to --out, never through a symbolic link, and exits 2 on a usage error", async () => {
    const out = path.join(root, "out.csv");
    expect(await run(["export", "--root", root, "--format", "csv", "--out", out])).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFFfile,source,.*\r\n.*\r\n$/s);
    const target = path.join(root, "target.txt");
    writeFileSync(target, "keep me");
    symlinkSync(target, path.join(root, "link.csv"));
    expect(await run(["export", "--root", root, "--format", "csv", "--out", path.join(root, "link.csv")])).toMatchObject({ code: 2, stderr: expect.stringContaining("is a symbolic link") });
    expect(readFileSync(target, "utf8")).toBe("keep me");
    expect(await run(["export", "--root", root])).toMatchObject({ code: 2, stderr: "isnad: isnad export needs --format (csv, claimreview, web-annotation)" });
    expect(await run(["export", "--root", root, "--format", "xml"])).toMatchObject({ code: 2, stderr: "isnad: --format takes csv, claimreview or web-annotation" });
    expect(await run(["export", "--root", root, "--format", "csv", "--bogus"])).toMatchObject({ code: 2 });
    expect(await run(["export", "--root", root, "--format", "csv", "--out", path.join(root, "nowhere", "x.csv")])).toMatchObject({ code: 2, stderr: expect.stringContaining("no such directory") });
    expect(await run(["export", path.join(root, "missing.claims"), "--root", root, "--format", "csv"])).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file or directory") });
  });
});
