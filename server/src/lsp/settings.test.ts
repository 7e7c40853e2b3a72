import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, readConfig } from "../core/config";
import { readSettings, withEditorSettings } from "./settings";

describe("editor settings over isnad.json", () => {
  it("replace the minor difference when set, and keep isnad.json's when empty", () => {
    const { config } = readConfig('{ "minorDifference": 0.05 }');
    expect(config.minorDifference).toBe(0.05);
    expect(withEditorSettings(config, readSettings({}).settings).minorDifference).toBe(0.05);
    expect(withEditorSettings(config, readSettings({ minorDifference: 0.01 }).settings).minorDifference).toBe(0.01);
    expect(DEFAULT_CONFIG.minorDifference).toBe(0);
  });

  it("refuse a minor difference outside 0..1, keeping the previous value", () => {
    const { settings, problems } = readSettings({ minorDifference: 2 });
    expect(settings.minorDifference).toBeNull();
    expect(problems).toHaveLength(1);
    expect(readConfig('{ "minorDifference": -1 }').error).toMatch(/minorDifference/);
  });
});
