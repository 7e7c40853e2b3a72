/**
 * Cutting the bytes of an LSP stream (stdio) into messages so that a malformed one costs itself
 * at most. vscode-jsonrpc's reader trusts each `Content-Length`: after one that is missing,
 * negative or wrong, or headers ended by LF alone, it reads every later body at the wrong place
 * and the server never answers again. Here a message ends where its JSON ends: the body is
 * scanned as it arrives (strings, escapes, nesting), so a wrong length is noticed and said but
 * costs nothing, and bytes that are neither a header nor JSON are skipped up to the next
 * `Content-Length` header. That header can be found in the middle of garbage because it cannot
 * stand inside a JSON body: outside a string no JSON token starts with `C`, and a string holds
 * no raw line end, which ends every header line.
 */

/** The longest header block read: LSP sends one or two short lines. */
const MAX_HEADER = 8192;

/** The longest message read (a document of 100 MB, escaped); longer bytes are dropped as garbage. */
const MAX_MESSAGE = 256 * 2 ** 20;

const CR = 0x0d;
const LF = 0x0a;
const HEADER_NAME = "content-length";

type State =
  | { kind: "header" }
  | { kind: "body"; start: number; declared: number | undefined; scan: number; depth: number; inString: boolean; escape: boolean; started: boolean }
  | { kind: "padding"; declared: number; actual: number; left: number }
  | { kind: "resync" };

export class FrameScanner {
  private buffer = Buffer.alloc(64 * 1024);
  /** The bytes not consumed yet are `buffer[from, to)`; offsets in `state` are absolute indexes into `buffer`. */
  private from = 0;
  private to = 0;
  private state: State = { kind: "header" };
  /** A client that ends its header lines with LF alone does so every time: said once. */
  private saidBareLf = false;

  /** `message` receives each body, whole JSON text; `problem` a sentence about what was wrong. */
  constructor(
    private readonly message: (body: string) => void,
    private readonly problem: (what: string) => void,
  ) {}

  push(chunk: Uint8Array): void {
    this.append(chunk);
    for (;;) {
      const progressed =
        this.state.kind === "header" ? this.readHeader()
        : this.state.kind === "body" ? this.readBody(this.state)
        : this.state.kind === "padding" ? this.skipPadding(this.state)
        : this.resync(this.from);
      if (!progressed) return;
    }
  }

  /** Reads one header block at `from`; false when it needs more bytes. */
  private readHeader(): boolean {
    const b = this.buffer;
    let at = this.from;
    let declared: number | undefined;
    let sawLength = false;
    let lines = 0;
    let bareLf = false;
    let bodyStart: number;
    for (;;) {
      const lf = indexOrEnd(b, LF, at, this.to);
      if (lf >= this.to) {
        if (this.to - this.from < MAX_HEADER) return false;
        this.problem(`skipped a header block longer than ${MAX_HEADER} bytes`);
        return this.resync(this.from + 1);
      }
      const end = lf > at && b[lf - 1] === CR ? lf - 1 : lf;
      if (end === lf) bareLf = true;
      if (end === at) {
        // A blank line: the end of the block, or a stray line end between two messages.
        if (lines === 0) {
          this.from = at = lf + 1;
          continue;
        }
        bodyStart = lf + 1;
        break;
      }
      const line = b.toString("latin1", at, end);
      const colon = line.indexOf(":");
      if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(line.slice(0, colon))) {
        this.problem(`skipped bytes that are not a header: ${JSON.stringify(line.slice(0, 80))}`);
        return this.resync(this.from + 1);
      }
      if (line.slice(0, colon).toLowerCase() === HEADER_NAME) {
        sawLength = true;
        const value = line.slice(colon + 1).trim();
        if (/^\d{1,15}$/.test(value)) declared = Number(value);
        else this.problem(`Content-Length ${JSON.stringify(value)} is not a count of bytes: the message is read to the end of its JSON`);
      }
      lines++;
      at = lf + 1;
    }
    if (!sawLength) this.problem("a message without Content-Length: it is read to the end of its JSON");
    if (bareLf && !this.saidBareLf) {
      this.saidBareLf = true;
      this.problem("header lines ended by LF alone (LSP asks for CRLF): read all the same");
    }
    this.from = bodyStart;
    this.state = { kind: "body", start: bodyStart, declared, scan: bodyStart, depth: 0, inString: false, escape: false, started: false };
    // Room for the whole body at once, when its length is believable: a large document is then
    // copied into place once, not again each time the buffer doubles.
    if (declared !== undefined && declared <= MAX_MESSAGE) this.reserve(declared);
    return true;
  }

  /** Scans the body as far as the bytes go; true once it ended (a message or garbage), false when it needs more. */
  private readBody(s: Extract<State, { kind: "body" }>): boolean {
    const b = this.buffer;
    const to = this.to;
    let p = s.scan;
    let { depth, inString, escape, started } = s;
    // Inside a string only three bytes matter: its closing quote, a backslash, and a raw line end
    // (which JSON forbids there and every header line has). Found with indexOf, which is native,
    // and remembered until passed: a document's text is scanned at memchr speed.
    let quote = -1;
    let slash = -1;
    let lf = -1;
    for (; p < to; p++) {
      if (inString) {
        if (escape) {
          escape = false;
          continue;
        }
        if (quote < p) quote = indexOrEnd(b, 0x22, p, to);
        if (slash < p) slash = indexOrEnd(b, 0x5c, p, to);
        if (lf < p) lf = indexOrEnd(b, LF, p, to);
        p = Math.min(quote, slash, lf);
        if (p >= to) break;
        if (p === lf) return this.garbage(s, p);
        if (p === slash) escape = true;
        else inString = false;
        continue;
      }
      const c = b[p] as number;
      if (c === 0x20 || c === 0x09 || c === LF || c === CR) continue;
      if (c === 0x7b || c === 0x5b) {
        started = true;
        depth++;
      } else if (!started) {
        return this.garbage(s, p);
      } else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) return this.deliver(s, p + 1);
      } else if (c === 0x22) {
        inString = true;
      } else if (!JSON_TOKEN[c]) {
        return this.garbage(s, p);
      }
    }
    if (p - s.start > MAX_MESSAGE) return this.garbage(s, p);
    Object.assign(s, { scan: p, depth, inString, escape, started });
    return false;
  }

  private deliver(s: Extract<State, { kind: "body" }>, end: number): boolean {
    const actual = end - s.start;
    const body = this.buffer.toString("utf8", s.start, end);
    this.from = end;
    if (s.declared !== undefined && s.declared < actual) this.problem(`Content-Length ${s.declared}, but the message is ${actual} bytes long: read all the same`);
    this.state = s.declared !== undefined && s.declared > actual ? { kind: "padding", declared: s.declared, actual, left: s.declared - actual } : { kind: "header" };
    this.message(body);
    return true;
  }

  /** After a message shorter than its Content-Length: white space up to the length is padding; anything else is the next header. */
  private skipPadding(s: Extract<State, { kind: "padding" }>): boolean {
    const b = this.buffer;
    while (s.left > 0 && this.from < this.to) {
      const c = b[this.from];
      if (c !== 0x20 && c !== 0x09 && c !== LF && c !== CR) {
        this.problem(`Content-Length ${s.declared}, but the message ended after ${s.actual} bytes: the next one is read where it starts`);
        break;
      }
      this.from++;
      s.left--;
    }
    if (s.left > 0 && this.from >= this.to) return false;
    this.state = { kind: "header" };
    return true;
  }

  private garbage(s: Extract<State, { kind: "body" }>, at: number): boolean {
    this.problem(`skipped a message that is not JSON (${at - s.start} bytes read of it)`);
    return this.resync(s.start);
  }

  /** Looks for the next `Content-Length` header from `at`; keeps the bytes that may begin one. */
  private resync(at: number): boolean {
    const found = indexOfIgnoringCase(this.buffer, HEADER_NAME, at, this.to);
    if (found < 0) {
      this.from = Math.max(this.from, this.to - (HEADER_NAME.length - 1));
      this.state = { kind: "resync" };
      return false;
    }
    this.from = found;
    this.state = { kind: "header" };
    return true;
  }

  private append(chunk: Uint8Array): void {
    if (this.to + chunk.length > this.buffer.length) {
      const needed = this.to - this.from + chunk.length;
      // What is not consumed moves to the start, into a buffer twice as large when it would be over half full.
      this.moveToStart(needed > this.buffer.length / 2 ? Math.max(this.buffer.length * 2, needed * 2) : this.buffer.length);
    }
    this.buffer.set(chunk, this.to);
    this.to += chunk.length;
  }

  /** Makes room for `bytes` from `from` on. */
  private reserve(bytes: number): void {
    if (this.from + bytes > this.buffer.length) this.moveToStart(Math.max(this.buffer.length, bytes + 64 * 1024));
  }

  private moveToStart(size: number): void {
    const next = size === this.buffer.length ? this.buffer : Buffer.allocUnsafe(size);
    this.buffer.copy(next, 0, this.from, this.to);
    this.buffer = next;
    this.shift(this.from);
    this.to -= this.from;
    this.from = 0;
  }

  /** Moves the absolute offsets in the state back by `by`, the bytes dropped from the start. */
  private shift(by: number): void {
    if (this.state.kind === "body") {
      this.state.start -= by;
      this.state.scan -= by;
    }
  }
}

/** Bytes that may stand outside a string in JSON after its first bracket: punctuation, numbers, true, false, null. */
const JSON_TOKEN: boolean[] = (() => {
  const table: boolean[] = [];
  for (const c of ",:-+.0123456789eEtrufalsn") table[c.charCodeAt(0)] = true;
  return table;
})();

/** Where byte `c` first stands in `b[from, to)`, or `to`. */
function indexOrEnd(b: Buffer, c: number, from: number, to: number): number {
  // On a view that ends at `to`: the buffer's free space after it is not searched.
  const at = b.subarray(from, to).indexOf(c);
  return at < 0 ? to : from + at;
}

/** Where `lower` (lower-case ASCII) first stands in `b[from, to)`, in any case. */
function indexOfIgnoringCase(b: Buffer, lower: string, from: number, to: number): number {
  for (let i = from; i + lower.length <= to; i++) {
    let j = 0;
    while (j < lower.length && asciiLower(b[i + j] as number) === lower.charCodeAt(j)) j++;
    if (j === lower.length) return i;
  }
  return -1;
}

function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}
