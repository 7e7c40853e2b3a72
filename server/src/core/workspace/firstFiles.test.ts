import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFixture, ROOT } from "../testing/fixture";
import { openFirst } from "../testing/openFirst";
import { MemoryFileSystem } from "./fileSystem";

const samples = path.resolve(__dirname, "../../../../samples");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("the files an open file depends on, indexed first", () => {
  it("give every sample its complete diagnostics", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const file of filesUnder(samples)) files[`${ROOT}/${path.relative(samples, file).split(path.sep).join("/")}`] = readFileSync(file);
    const fs = new MemoryFileSystem(files);
    let withDiagnostics = 0;
    for (const uri of Object.keys(files).filter((u) => u.endsWith(".claims"))) {
      const { first, final } = await openFirst(fs, ROOT, new Map([[uri, new TextDecoder().decode(files[uri])]]));
      expect(first, uri).toEqual(final);
      if ((final.get(uri)?.length ?? 0) > 0) withDiagnostics++;
    }
    expect(withDiagnostics).toBeGreaterThan(3);
  });

  const cases: Record<string, string> = {
    "a contradiction whose quantity is written with other digits, letters and an escaped quote": `
//- /open.claims
source open
claim cells {year: 2017, region: "الرباط \\"الكبرى\\""} = 13
//- /other.claims
source other
claim Cells {year: ٢٠١٧, region: "الرباط \\"الكبري\\""} = 9
//- /unrelated.claims
source unrelated
claim cells {year: 2018} = 9
`,
    "a source id defined twice, and a via to a claim of another source": `
//- /open.claims
source shared
claim cells = 13
  via: @statement/figure-1
//- /twin.claims
source shared
//- /statement.claims
source statement
claim cells {year: 2020} = 4
  id: figure-1
//- /unrelated.claims
source unrelated
claim killed = 3
`,
    "a contradiction whose other side traces its origin through two sources the open file never names": `
//- /open.claims
source open
claim arrested {operation: x} = 5
//- /other.claims
source other
claim arrested {operation: x} = 4
  via: @relay/arrested
//- /relay.claims
source relay
claim arrested {operation: y} = 4
  id: arrested
  via: @statement/arrested
//- /statement.claims
source statement
claim arrested {operation: z} = 4
  id: arrested
  via: the bureau's spokesman
//- /unrelated.claims
source unrelated
claim killed = 3
`,
    "a declared flow whose parts, totals, wider scopes and part-of metrics stand in other files": `
//- /open.claims
source open
claim cells {period: 2015..2016, region: souss} = 9
claim cells_isis {year: 2015, region: souss} = 12
//- /metrics.claims
metric cells
  kind: flow
metric cells_isis
  kind: flow
  part-of: cells
//- /parts.claims
source parts
claim cells {year: 2015, region: souss} = 3
claim cells {year: 2016, region: souss} = 4
//- /wider.claims
source wider
claim cells {year: 2015} = 2
//- /unrelated.claims
source unrelated
claim killed {year: 2015} = 3
`,
    "a metric that looks like a more used one": `
//- /open.claims
source open
claim cells_dismanteld {year: 2017} = 13
//- /a.claims
source a
claim cells_dismantled {year: 2016} = 2
//- /b.claims
source b
claim cells_dismantled {year: 2015} = 2
//- /unrelated.claims
source unrelated
claim killed = 3
`,
    "a header after a line that ends with the word claim": `
//- /open.claims
source open
claim killed {event: x} = 5
//- /other.claims
source other
  # a disputed claim
claim killed {event: x} = 9
//- /unrelated.claims
source unrelated
claim injured = 3
`,
    "a qualifier given twice, whose second value the quantity ignores": `
//- /open.claims
source open
claim killed {year: 2017, year: 2018} = 5
//- /other.claims
source other
claim killed {year: 2017} = 9
//- /unrelated.claims
source unrelated
claim injured = 3
`,
    "look-alikes counted with every open file": `
//- /open-a1.claims
source a1
claim killed {event: a1} = 1
//- /open-a2.claims
source a2
claim killed {event: a2} = 1
//- /open-b.claims
source b
claim kiled {event: b} = 1
//- /f1.claims
source f1
claim kiled {event: f1} = 1
claim kiled {event: f2} = 1
claim kiled {event: f3} = 1
//- /unrelated.claims
source unrelated
claim injured = 3
`,
    "a claim under a metric's declared alias": `
//- /open.claims
source open
claim cells_dismantled {year: 2017} = 13
//- /metrics.claims
metric cells_dismantled
  kind: attribute
  alias: خلايا_مفككة
//- /other.claims
source other
claim خلايا_مفككة {year: ٢٠١٧} = 9
//- /unrelated.claims
source unrelated
claim خلايا_مفككة {year: 2018} = 9
`,
    "a claim under a qualifier value's declared alias": `
//- /open.claims
source open
claim killed {event: argana-2011} = 17
//- /values.claims
qualifier event: argana-2011
  alias: أركانة
//- /other.claims
source other
claim killed {event: أركانة} = 15
//- /unrelated.claims
source unrelated
claim killed {event: casablanca-2003} = 45
`,
    "a year written as the relative word it resolves from": `
//- /open.claims
source open
claim cells {year: 2017} = 13
//- /other.claims
source other
  published: 2018-03-01
claim cells {year: last} = 9
//- /unrelated.claims
source unrelated
claim cells {region: north} = 9
`,
    "a qualifier value that looks like a more used one": `
//- /open.claims
source open
claim killed {event: أرغانة} = 17
//- /a.claims
source a
claim killed {event: argana} = 17
//- /b.claims
source b
claim injured {event: Argana} = 20
//- /unrelated.claims
source unrelated
claim killed {event: casablanca-2003} = 45
`,
    "a value that looks like a declared one": `
//- /open.claims
source open
claim killed {event: أرغانة} = 17
//- /values.claims
qualifier event: argana-2011
  alias: أركانة
//- /unrelated.claims
source unrelated
claim killed {event: casablanca-2003} = 45
`,
    "a used metric with a rarer look-alike: no hint, and not every user indexed": `
//- /open.claims
source open
claim arrested {operation: x} = 13
//- /typo.claims
source typo
claim arested {operation: y} = 2
//- /a.claims
source a
claim arrested {operation: a} = 2
//- /b.claims
source b
claim arrested {operation: b} = 2
//- /c.claims
source c
claim arrested {operation: c} = 2
`,
    "a used value with a rarer look-alike: no hint, and not every user indexed": `
//- /open.claims
source open
claim killed {event: argana} = 17
//- /typo.claims
source typo
claim killed {event: arganah} = 2
//- /a.claims
source a
claim injured {event: argana} = 2
//- /b.claims
source b
claim injured {event: argana} = 2
//- /c.claims
source c
claim injured {event: argana} = 2
`,
  };
  it("takes a file for the line of a claim about the quantity, not for its values written elsewhere", async () => {
    const { files } = parseFixture(`
//- /open.claims
source open
claim killed {year: 2017, city: rabat} = 5
//- /other.claims
source other
claim Killed {year: ٢٠١٧, city: Rabat} = 9
//- /elsewhere.claims
source elsewhere
claim killed {year: 2018, city: rabat} = 9
  quote: «rabat, 2017»
`);
    const open = Object.keys(files).find((uri) => uri.endsWith("/open.claims")) ?? "";
    const result = await openFirst(new MemoryFileSystem(files), ROOT, new Map([[open, files[open] ?? ""]]));
    expect(result.first).toEqual(result.final);
    expect([...result.final.values()].flat().some((d) => d.code === "contradiction")).toBe(true);
    // The open file and `other`: `elsewhere` holds 2017 and rabat, but not on its claim's line.
    expect(result.indexedFirst).toBe(2);
  });

  for (const [name, text] of Object.entries(cases)) {
    it(name, async () => {
      const { files } = parseFixture(text);
      const opened = new Map(Object.keys(files).filter((uri) => /\/open[^/]*\.claims$/.test(uri)).map((uri) => [uri, files[uri] ?? ""]));
      const result = await openFirst(new MemoryFileSystem(files), ROOT, opened);
      expect(result.first).toEqual(result.final);
      // Each case has a diagnostic that depends on another file, but the one where it is proven absent.
      if (!name.startsWith("a used ")) expect([...result.final.values()].flat().length).toBeGreaterThan(0);
      expect(result.indexedFirst).toBeLessThan(result.total);
    });
  }
});
