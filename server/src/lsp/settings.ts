/** The editor-only settings (`isnad.*` in VS Code), validated at the edge. Checks are configured in isnad.json. */
import { z } from "zod";

export const editorSettingsSchema = z.object({
  debounceMs: z.number().int().min(0).max(10_000).default(200),
});

export type EditorSettings = z.infer<typeof editorSettingsSchema>;
