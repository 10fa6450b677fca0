// Input no route can accept: a NUL character anywhere in the path, the query or a JSON body.
// PostgreSQL refuses NUL in text, so such a request would fail deep inside a command; it is
// refused here, before any route runs, with a message naming the field.
import { invalid } from "../commands/errors.ts";

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return path;
    const found = findNul(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Throws a 400 naming the first field (path, query or body) whose text contains NUL. */
export function rejectNul(input: Record<string, unknown>): void {
  for (const [where, value] of Object.entries(input)) {
    const field = findNul(value, "");
    if (field !== null) {
      throw invalid(
        "invalid_input",
        `参数无效：${field || where} 含有不允许的空字符（NUL）`,
        `invalid ${where}: ${field || where} contains a NUL character`,
      );
    }
  }
}
