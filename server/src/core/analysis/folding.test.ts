import { describe, expect, it } from "vitest";
import { LineIndex } from "../text/lineIndex";
import { foldingRanges } from "./folding";

describe("folding ranges", () => {
  it("fold source blocks with their claims, claim blocks, continued fields and comment runs", () => {
    const text = [
      "# al-waha.claims", //         0  comment run 0-1
      "# claims annotated here", //  1
      "source waha", //              2  source 2-11
      "  outlet: الواحة", //          3
      "", //                         4
      "claim killed {event: x} = 45", // 5  claim 5-9
      "  quote: «أسفرت التفجيرات عن مقتل 45 شخصا،", // 6  quote 6-7
      "      بينهم 12 انتحاريا»", //   7
      "  # one comment", //          8  (a single comment line does not fold)
      "  via: @ministry", //         9
      "claim injured = 4", //        10
      "claim arrested = 4", //       11 claim 11-12
      "  id: a", //                  12
      "", //                         13
      "source other", //             14 (one line: nothing to fold)
    ].join("\n");
    expect(foldingRanges(text, new LineIndex(text))).toEqual([
      { startLine: 0, endLine: 1, kind: "comment" },
      { startLine: 2, endLine: 12 },
      { startLine: 5, endLine: 9 },
      { startLine: 6, endLine: 7 },
      { startLine: 11, endLine: 12 },
    ]);
  });

  it("fold metric and qualifier blocks", () => {
    const text = ["metric cells", "  kind: flow", "  alias: x", "qualifier event: argana", "  alias: أركانة", "metric one_line"].join("\n");
    expect(foldingRanges(text, new LineIndex(text))).toEqual([
      { startLine: 0, endLine: 2 },
      { startLine: 3, endLine: 4 },
    ]);
  });
});
