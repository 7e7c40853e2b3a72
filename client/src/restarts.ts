/**
 * How often a server that died is started again: at most `max` times within `windowMs`; past that
 * the extension stops trying and says so, with a way to try again. Plain logic without VS Code,
 * so that it is tested in Node.
 */
export type Verdict = { restart: true; attempt: number } | { restart: false; deaths: number };

export class RestartBudget {
  private readonly deaths: number[] = [];

  constructor(
    readonly max = 3,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server died: whether to start it again, and which attempt in the window this is. */
  died(): Verdict {
    const now = this.now();
    while (this.deaths.length > 0 && now - (this.deaths[0] as number) > this.windowMs) this.deaths.shift();
    this.deaths.push(now);
    return this.deaths.length <= this.max ? { restart: true, attempt: this.deaths.length } : { restart: false, deaths: this.deaths.length };
  }

  /** The user started the server again by hand: the count begins anew. */
  reset(): void {
    this.deaths.length = 0;
  }
}
