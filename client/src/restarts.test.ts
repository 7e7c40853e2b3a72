import { describe, expect, it } from "vitest";
import { RestartBudget } from "./restarts";

describe("RestartBudget", () => {
  it("starts a dead server again three times in three minutes, then no more", () => {
    let clock = 0;
    const budget = new RestartBudget(3, 180_000, () => clock);
    const verdicts = [0, 10_000, 20_000, 30_000].map((t) => ((clock = t), budget.died()));
    expect(verdicts).toEqual([
      { restart: true, attempt: 1 },
      { restart: true, attempt: 2 },
      { restart: true, attempt: 3 },
      { restart: false, deaths: 4 },
    ]);
  });

  it("forgets deaths older than its window, and all of them when the user restarts by hand", () => {
    let clock = 0;
    const budget = new RestartBudget(3, 180_000, () => clock);
    for (const t of [0, 1000, 2000]) {
      clock = t;
      budget.died();
    }
    clock = 200_000;
    expect(budget.died()).toEqual({ restart: true, attempt: 1 });
    for (const t of [200_001, 200_002]) {
      clock = t;
      budget.died();
    }
    expect(budget.died()).toEqual({ restart: false, deaths: 4 });
    budget.reset();
    expect(budget.died()).toEqual({ restart: true, attempt: 1 });
  });
});
