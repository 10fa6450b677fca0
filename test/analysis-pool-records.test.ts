// The pool gives the engine's records: for varied inputs (the seeds and varied copies of them,
// control characters, a GBK text, a web page), the record analyzeBytes answers equals the one
// made in this thread, the JSON a worker makes (analyzeBytesAsJson) is that record's, and
// `fazhi analyze --json` prints those records.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { analyzeDecoded } from "../src/analyze-text.ts";
import { runAnalyze } from "../src/cli/analyze.ts";
import { escapeControls } from "../src/cli/escape.ts";
import { decodeHere } from "../src/ingest/decode.ts";
import { closePool, configurePool } from "../src/ingest/pool.ts";
import { analyzeBytes, analyzeBytesAsJson, resolveOptions } from "../src/pipeline.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { gbk, htmlPage, REPORT_LINES, REPORT_TEXT, utf8 } from "./helpers/fixtures.ts";
import { readSeeds } from "./helpers/shared.ts";
import { variant } from "./helpers/variant.ts";

const options = resolveOptions();

/** Name and bytes of each input: seeds (when ../shared is there) and varied copies, fixtures. */
function inputs(): Array<[string, Uint8Array]> {
  const texts: Array<[string, string]> = [...readSeeds(), ["报告.txt", REPORT_TEXT]];
  const out: Array<[string, Uint8Array]> = texts.flatMap(([name, text]) =>
    [0, 1, 7, 40].map((k): [string, Uint8Array] => [`${k}-${name}`, utf8(variant(text, k))]),
  );
  out.push(["控制字符.txt", utf8(`${REPORT_TEXT}\n\u001b[31m\u202e其中\u0085\u007f调解3件。\u2066`)]);
  out.push(["国标.txt", gbk(REPORT_TEXT)]);
  out.push(["网页.html", utf8(htmlPage(REPORT_LINES))]);
  return out;
}

async function inThisThread(bytes: Uint8Array, name: string): Promise<AnalysisRecord> {
  const decoded = await decodeHere(bytes, name, options.limits);
  assert.ok(!("needsOcr" in decoded));
  return analyzeDecoded(bytes, name, decoded, options);
}

describe("the pool's records are the engine's", { timeout: 300_000 }, () => {
  after(() => closePool());

  test("varied copies differ, and keep their length", () => {
    const [first, second] = [variant(REPORT_TEXT, 1), variant(REPORT_TEXT, 2)];
    assert.notEqual(first, REPORT_TEXT);
    assert.notEqual(first, second);
    assert.equal(first.length, REPORT_TEXT.length);
    assert.equal(variant(REPORT_TEXT, 0), REPORT_TEXT);
  });

  test("records and JSON from the workers equal those made here", async () => {
    await configurePool({ workers: 2, queue: 64 });
    for (const [name, bytes] of inputs()) {
      const here = await inThisThread(bytes, name);
      const [record, line, file] = await Promise.all([
        analyzeBytes(bytes, name),
        analyzeBytesAsJson(bytes, name, options),
        analyzeBytesAsJson(bytes, name, options, 2),
      ]);
      assert.deepEqual(record, here, name);
      assert.equal(line, JSON.stringify(here), name);
      assert.equal(file, JSON.stringify(here, null, 2), name);
    }
  });

  test("fazhi analyze --json prints one line per input, the engine's record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-pool-records-"));
    try {
      const files = inputs().filter(([name]) => !name.endsWith(".html"));
      const path = (k: number) => join(dir, `${String(k).padStart(3, "0")}.txt`);
      files.forEach(([, bytes], k) => {
        writeFileSync(path(k), bytes);
      });
      const lines: string[] = [];
      const io = { stdout: (s: string) => lines.push(escapeControls(s)), stderr: () => {} };
      assert.equal(await runAnalyze({ inputs: [dir], json: true, out: null, options }, io), 0);
      assert.equal(lines.length, files.length);
      for (const [k, [name, bytes]] of files.entries()) {
        const here = await inThisThread(bytes, path(k));
        assert.deepEqual(JSON.parse(lines[k]), JSON.parse(JSON.stringify(here)), name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
