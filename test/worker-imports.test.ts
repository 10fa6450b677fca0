// The analysis workers start without the database code: the record's stored parts and search's
// segmenter are made there, and loading the query builder (kysely) cost each worker about a
// quarter of a second of CPU at every pool start. A child process loads what a worker loads and
// lists the packages it resolved.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

const root = new URL("..", import.meta.url);

test("a pool worker's modules load no database code", () => {
  const hook = `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { const r = await next(s, c); if (/node_modules\\/(kysely|pg|@electric-sql)\\//.test(r.url)) console.log("LOADED " + r.url); return r; }`,
  )}`;
  const script = `
    import { register } from "node:module";
    register(${JSON.stringify(hook)});
    await import("./src/analysis-worker.ts");
    await import("./src/store/search.ts");
    console.log("DONE");`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  assert.match(out, /DONE/);
  assert.deepEqual(
    out.split("\n").filter((l) => l.startsWith("LOADED")),
    [],
  );
});
