/** Decoding files: UTF-8 only, with one clear message for anything else. */
import { said, type Message } from "../messages";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; message: string; l10n: Message };

/** How many bytes from the start of a file are looked at to guess its encoding. */
const SAMPLE = 4096;

/**
 * Decodes UTF-8 (a BOM is dropped); any invalid byte makes the whole file undecodable, and so does
 * the pattern of UTF-16 without a byte order mark, which is valid UTF-8 full of NUL bytes.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return { ok: false, ...said("{0} is not UTF-8 (its byte order mark says {1}), so nothing was read from it. Convert it to UTF-8: in VS Code, \"Reopen with Encoding\" › {1}, then \"Save with Encoding\" › UTF-8; or iconv -f {1} -t UTF-8 {0} > converted && mv converted {0}", name, bom) };
  const utf16 = utf16ByItsZeros(bytes);
  if (utf16) return { ok: false, ...looksLike(name, utf16) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, ...encodingMessage(name, bytes) };
  }
}

/** The encoding a byte order mark other than UTF-8's names (UTF-32's are tried first: they begin like UTF-16LE's). */
function byteOrderMark(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32LE";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32BE";
  if (a === 0xff && b === 0xfe) return "UTF-16LE";
  if (a === 0xfe && b === 0xff) return "UTF-16BE";
  return undefined;
}

/**
 * UTF-16 without a byte order mark: NUL bytes (the high byte of every space, digit and Latin
 * letter) at one parity only. Text in UTF-8 has no NUL, and a binary file has them at both.
 */
function utf16ByItsZeros(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 16 || bytes.subarray(0, n).indexOf(0) < 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Arabic text in UTF-16LE: spaces and punctuation, about one character in ten, have a NUL high byte.
  const enough = n / 2 / 20;
  if (odd >= enough && even <= odd / 50) return "UTF-16LE";
  if (even >= enough && odd <= even / 50) return "UTF-16BE";
  return undefined;
}

function encodingMessage(name: string, bytes: Uint8Array): { message: string; l10n: Message } {
  // Windows-1256 puts most Arabic letters (alef, ba, ra…) at 0xC1–0xDF; Windows-1252 puts the
  // accented letters of French at 0xE0–0xFF (é, è, à, ç) and its curly quotes and dashes below 0xA0.
  let arabic = 0;
  let latin = 0;
  for (const b of bytes.subarray(0, SAMPLE)) {
    if (b >= 0xc1 && b <= 0xdf) arabic++;
    else if (b >= 0x80) latin++;
  }
  return arabic > 0 && arabic * 3 >= latin
    ? said(
        "{0} is not UTF-8 (it looks like Windows-1256, the old Arabic encoding), so nothing was read from it. Convert it to UTF-8: in VS Code, \"Reopen with Encoding\" then \"Save with Encoding\" › UTF-8; or iconv -f WINDOWS-1256 -t UTF-8 {0} > converted && mv converted {0}",
        name,
      )
    : looksLike(name, "WINDOWS-1252");
}

function looksLike(name: string, encoding: string): { message: string; l10n: Message } {
  return said("{0} is not UTF-8 (it looks like {1}), so nothing was read from it. Convert it to UTF-8: in VS Code, \"Reopen with Encoding\" › {1}, then \"Save with Encoding\" › UTF-8; or iconv -f {1} -t UTF-8 {0} > converted && mv converted {0}", name, encoding);
}
