// The analysis workers start without the database code: the record's stored parts and search's
// segmenter are made there, and loading the query builder (kysely) cost each worker about a
// quarter of a second of CPU at every pool start. A child process loads what a worker loads and
// lists the packages it resolved.
// Nor does a worker load the store's own modules (search tokens, stored parts, the original's
// stored form) before a job asks for them: `fazhi analyze --json` never does, and paid for them
// in every worker it started.
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

test("a worker loads the store's modules only for a job that stores", () => {
  const hook = `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { const r = await next(s, c); if (/\\/src\\/store\\//.test(r.url)) console.log("LOADED " + r.url.replace(/.*\\/src\\//, "")); return r; }`,
  )}`;
  const script = `
    import { register } from "node:module";
    import { readFileSync } from "node:fs";
    register(${JSON.stringify(hook)});
    const { handle } = await import("./src/analysis-worker.ts");
    const { resolveOptions } = await import("./src/analysis-options.ts");
    const bytes = new Uint8Array(readFileSync("test/fixtures/formats/qingzhen-2022-report.txt"));
    const job = { bytes, file: "qingzhen-2022-report.txt", options: resolveOptions() };
    const json = await handle({ op: "analyze", ...job, json: { indent: 0 } });
    console.log(typeof json.value === "string" ? "JSON DONE" : "JSON FAILED " + JSON.stringify(json));
    const stored = await handle({ op: "analyze", ...job, index: true });
    console.log(stored.value?.blob ? "INDEX DONE" : "INDEX FAILED " + JSON.stringify(stored).slice(0, 300));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  const lines = out.split("\n");
  const jsonAt = lines.indexOf("JSON DONE");
  assert.ok(jsonAt >= 0, out);
  assert.deepEqual(
    lines.slice(0, jsonAt).filter((l) => l.startsWith("LOADED")),
    [],
  );
  const after = lines.slice(jsonAt).filter((l) => l.startsWith("LOADED"));
  for (const module of ["store/search.ts", "store/record-parts.ts", "store/blobs.ts"])
    assert.ok(after.includes(`LOADED ${module}`), `${module} not loaded for indexing: ${after.join(", ")}`);
  assert.ok(lines.includes("INDEX DONE"), out);
});
