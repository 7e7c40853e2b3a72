/** Command-line flags: parsed by node:util, validated by zod, errors turned into usage errors (exit 2). */
import { parseArgs } from "node:util";
import { z } from "zod";
import { UsageError } from "./output";

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** node:util parseArgs, with its errors turned into usage errors. */
export function parse<T extends ParseConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: options as NonNullable<T>, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Validates parsed flags with a zod schema; the first problem becomes a usage error. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? "invalid arguments");
  return result.data;
}
