// The compiled command line (lib/, built by `npm run build` and on install): bin/fazhi.js runs
// it when fresh, it answers `--help` without loading the engine, and its worker entries (the
// analysis pool worker, the OCR process) find their compiled modules.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { makeDocx, makePdf, REPORT_LINES } from "./helpers/fixtures.ts";

const root = new URL("..", import.meta.url).pathname;
const lib = join(root, "lib");

describe("compiled command line", () => {
  test("lib/ is built and newer than the sources", () => {
    assert.ok(existsSync(join(lib, ".built")), "lib/ missing: run npm run build");
    assert.ok(existsSync(join(lib, "cli/main.js")));
    assert.ok(existsSync(join(lib, "analysis-worker.mjs")), "worker entries are copied");
    assert.ok(statSync(join(lib, ".built")).mtimeMs >= statSync(join(root, "src/cli/main.ts")).mtimeMs);
  });

  test("--help loads no engine module", () => {
    // a fresh process with only the CLI entry: the loaded module list must not reach the engine
    const script = `
      const { main } = await import(${JSON.stringify(join(lib, "cli/main.js"))});
      let out = ""; await main(["--help"], { stdout: (s) => (out += s), stderr: (s) => (out += s) });
      process.stdout.write(JSON.stringify({ out }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      env: { ...process.env, NODE_DEBUG: "module" },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(JSON.parse(r.stdout).out, /用法：fazhi/);
    // NODE_DEBUG=module traces CommonJS loads; the engine's native parts (jieba, pglite) are never reached
    assert.doesNotMatch(r.stderr, /jieba|pglite|pdfjs|mammoth/);
  });

  test("analyses DOCX and PDF through the compiled analysis pool", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-lib-"));
    const docx = join(dir, "report.docx");
    const pdf = join(dir, "report.pdf");
    writeFileSync(docx, Buffer.from(await makeDocx(REPORT_LINES)));
    writeFileSync(pdf, Buffer.from(makePdf(REPORT_LINES)));
    const r = spawnSync(process.execPath, [join(root, "bin/fazhi.js"), "analyze", "--json", docx, pdf], {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, FAZHI_OCR: "0" },
    });
    assert.equal(r.status, 0, r.stderr);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      records.map((x) => x.source.format),
      ["docx", "pdf"],
    );
    for (const record of records) assert.ok(record.facts.length > 0, "facts read from the compiled engine");
  });
});
