import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode";

const text = "source waha\n  outlet: الواحة\nclaim cells_dismantled {year: 2017} = 13\n";

/** The text in UTF-16, little or big endian, with or without its byte order mark. */
function utf16(s: string, order: "LE" | "BE", bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(s, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (order === "LE" ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === "LE" ? 1 : 0)] = u >> 8;
  });
  return out;
}

/** What the message says the file looks like, in its own words. */
const verdict = (bytes: Uint8Array) => {
  const decoded = decodeUtf8(bytes, "a.claims");
  return decoded.ok ? "utf-8" : /\((.*?)\)/.exec(decoded.message)?.[1];
};

describe("decodeUtf8", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeUtf8(new TextEncoder().encode(text), "a.claims")).toEqual({ ok: true, text });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "a.claims")).toEqual({ ok: true, text });
  });

  it("names UTF-16 by its byte order mark, not Windows-1256 (whose letters the mark's 0xFF looks like)", () => {
    expect(verdict(utf16(text, "LE", true))).toBe("its byte order mark says UTF-16LE");
    expect(verdict(utf16(text, "BE", true))).toBe("its byte order mark says UTF-16BE");
    expect(verdict(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toBe("its byte order mark says UTF-32LE");
    const message = (decodeUtf8(utf16(text, "LE", true), "a.claims") as { message: string }).message;
    expect(message).toContain("iconv -f UTF-16LE -t UTF-8 a.claims");
    expect(message).not.toContain("1256");
  });

  it("tells UTF-16 without a mark by its NUL bytes at one parity, which UTF-8 decodes without an error", () => {
    expect(verdict(utf16(text, "LE", false))).toBe("it looks like UTF-16LE");
    expect(verdict(utf16(text, "BE", false))).toBe("it looks like UTF-16BE");
    // A few NUL bytes in a text, or NULs at both parities (a binary file), are not UTF-16.
    expect(verdict(new TextEncoder().encode(`${text}\u0000${text}`))).toBe("utf-8");
    expect(verdict(new Uint8Array(64))).toBe("utf-8");
  });

  it("tells Windows-1256 Arabic from Windows-1252 French by where their letters lie", () => {
    // «الواحة» in Windows-1256, and «Détroit, été» in Windows-1252.
    const arabic = new Uint8Array([0xc7, 0xe1, 0xe6, 0xc7, 0xcd, 0xc9, 0x20, 0x31, 0x33]);
    const french = new Uint8Array([0x44, 0xe9, 0x74, 0x72, 0x6f, 0x69, 0x74, 0x2c, 0x20, 0xe9, 0x74, 0xe9]);
    expect(verdict(arabic)).toBe("it looks like Windows-1256, the old Arabic encoding");
    expect(verdict(french)).toBe("it looks like WINDOWS-1252");
    // Curly quotes of Windows-1252 (0x93, 0x94) and nothing above.
    expect(verdict(new Uint8Array([0x93, 0x61, 0x94]))).toBe("it looks like WINDOWS-1252");
  });
});
