/** Decoding files: UTF-8 only, with one clear message for anything else. */

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes UTF-8 (a BOM is dropped); any invalid byte makes the whole file undecodable. */
export function decodeUtf8(bytes: Uint8Array, name: string): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: encodingMessage(name, bytes) };
  }
}

function encodingMessage(name: string, bytes: Uint8Array): string {
  // Bytes 0xC1–0xFE dominating a file without valid UTF-8 are the mark of a Windows-1256 Arabic text.
  let high = 0;
  for (const b of bytes.subarray(0, 4096)) if (b >= 0xc1) high++;
  const guess = high > 0 ? " (it looks like Windows-1256, the old Arabic encoding)" : "";
  return `${name} is not UTF-8${guess}, so nothing was read from it. Convert it to UTF-8: in VS Code, "Reopen with Encoding" then "Save with Encoding" › UTF-8; or iconv -f WINDOWS-1256 -t UTF-8 ${name} > converted && mv converted ${name}`;
}
