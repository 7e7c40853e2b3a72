import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FrameScanner } from "./frames";

const body = (id: number, text = "") => JSON.stringify({ jsonrpc: "2.0", id, method: "textDocument/hover", params: { text } });
const frame = (json: string) => `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;

/** The bodies and problems the scanner finds in `input`, fed in chunks of `chunk` bytes. */
function scan(input: string | Buffer, chunk = Infinity): { ids: number[]; problems: string[] } {
  const ids: number[] = [];
  const problems: string[] = [];
  const scanner = new FrameScanner(
    (text) => ids.push((JSON.parse(text) as { id: number }).id),
    (what) => problems.push(what),
  );
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input);
  for (let i = 0; i < bytes.length; i += Math.min(chunk, bytes.length)) scanner.push(bytes.subarray(i, i + chunk));
  return { ids, problems };
}

describe("FrameScanner", () => {
  it("reads well-formed messages, whatever the chunks, with no problem", () => {
    const input = frame(body(1)) + frame(body(2, "«تفكيك 13 خلية» \\\" } ] Content-Length: 9\r\n")) + frame(body(3));
    for (const chunk of [1, 2, 7, 64, Infinity]) expect(scan(input, chunk)).toEqual({ ids: [1, 2, 3], problems: [] });
  });

  it("reads a message after a header that is missing, negative or not a number, saying so", () => {
    const cases = [`\r\n\r\n${body(1)}`, `Content-Length: -5\r\n\r\n${body(1)}`, `Content-Length: lots\r\n\r\n${body(1)}`, `Content-Type: application/json\r\n\r\n${body(1)}`];
    for (const bad of cases) {
      const found = scan(bad + frame(body(2)));
      expect(found.ids, bad).toEqual(bad.startsWith("\r\n") ? [2] : [1, 2]);
      expect(found.problems.length, bad).toBeGreaterThan(0);
    }
  });

  it("reads a message whose Content-Length is too small or too large, and the next one where it starts", () => {
    const json = body(1, "x".repeat(40));
    for (const length of [0, 10, Buffer.byteLength(json) - 1, Buffer.byteLength(json) + 1, Buffer.byteLength(json) + 500]) {
      const found = scan(`Content-Length: ${length}\r\n\r\n${json}${frame(body(2))}${frame(body(3))}`, 13);
      expect(found.ids, String(length)).toEqual([1, 2, 3]);
      expect(found.problems, String(length)).toEqual([expect.stringMatching(/^Content-Length \d+, but the message/)]);
    }
  });

  it("answers at once a message whose Content-Length is too large when nothing follows it", () => {
    expect(scan(`Content-Length: 100000\r\n\r\n${body(1)}`).ids).toEqual([1]);
  });

  it("reads headers ended by LF alone, and says so once", () => {
    const lf = (json: string) => `Content-Length: ${Buffer.byteLength(json)}\n\n${json}`;
    expect(scan(lf(body(1)) + lf(body(2)) + frame(body(3)))).toEqual({ ids: [1, 2, 3], problems: ["header lines ended by LF alone (LSP asks for CRLF): read all the same"] });
  });

  it("skips garbage up to the next header: bytes that are no header, a body that is no JSON, a header that never ends", () => {
    const garbage = ["hello world\r\n\r\n", "Content-Length: 5\r\n\r\nhello", `Content-Length: 20\r\n\r\n{"jsonrpc": "2.0", oops`, "\u0000\u00ff\r\n", `X: ${"y".repeat(9000)}`];
    for (const bad of garbage) {
      const found = scan(frame(body(1)) + bad + frame(body(2)), 5);
      expect(found.ids, bad.slice(0, 20)).toEqual([1, 2]);
      expect(found.problems.length, bad.slice(0, 20)).toBeGreaterThan(0);
    }
  });

  it("reads a truncated body's follower: a string cut by the next header holds a raw line end, which JSON forbids", () => {
    const cut = `Content-Length: 30\r\n\r\n${body(1, "a long text cut short").slice(0, 30)}`;
    expect(scan(cut + frame(body(2)), 3).ids).toEqual([2]);
  });

  it("never throws, and after any bytes still reads the messages that follow", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (junk, chunk) => {
        // Bytes that leave a string or a bracket open are closed by the next header's line end,
        // or swallowed up to the next message that a `}` closes: two messages after junk, one read.
        const found = scan(Buffer.concat([Buffer.from(junk), Buffer.from(frame(body(1)) + frame(body(2)) + frame(body(3)))]), chunk);
        expect(found.ids.slice(-2)).toEqual([2, 3]);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a body of 18 MB arriving in chunks of 64 KB, then the next message", () => {
    const big = frame(body(1, "خلية ".repeat(2_000_000))) + frame(body(2));
    expect(scan(big, 65536)).toEqual({ ids: [1, 2], problems: [] });
  });
});
