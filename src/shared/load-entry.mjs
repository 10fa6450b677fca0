// Entry points of worker threads and child processes start without the parent's loaders.
// In the compiled build (lib/) the module is plain JavaScript beside this file; from the
// sources it is TypeScript, loaded through tsx.
import { existsSync } from "node:fs";

/** Imports `<base>.js` when compiled, else `<base>.ts` through tsx; `from` is the caller's import.meta.url. */
export async function loadEntry(base, from) {
  const compiled = new URL(`${base}.js`, from);
  if (existsSync(compiled)) return import(compiled.href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(new URL(`${base}.ts`, from).href);
}
