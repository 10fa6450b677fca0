// Whatever comes from an input (file names, URLs, document text) reaches the terminal with its
// control characters escaped: no ESC sequence, C1 control, DEL or bidi override is printed raw.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { escapeControls } from "../src/cli/escape.ts";
import { FAZHI_BIN } from "./helpers/process.ts";
import { REPORT_LINES } from "./helpers/fixtures.ts";

const fazhi = (...args: string[]) =>
  spawnSync(process.execPath, [FAZHI_BIN, ...args], { encoding: "utf8", timeout: 120_000 });

// every kind the command must not print raw; LF is the command's own layout
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = "\x1b[2J\x1b]0;pwned\x07\u009b31m\u202etxt.exe\u2066\x7f\r\t";

function assertSafe(output: string, label: string) {
  const at = output.search(UNSAFE);
  assert.equal(at, -1, `${label}: raw U+${output.codePointAt(at)?.toString(16)} at ${at}`);
}

describe("the command line escapes control characters from inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-escape-"));
  const name = join(dir, `report${HOSTILE}.txt`);
  // the hostile text in the title, in a fact's sentence and in a body line
  const lines = [...REPORT_LINES];
  lines[0] = `${lines[0]}\x1b[2J`;
  lines[4] = lines[4].replace("受理行政复议案件", "受理行政\u202e复议案件\x1b[31m");
  writeFileSync(name, lines.join("\n"));

  test("escapeControls shows each one as \\uXXXX and leaves text and line feeds alone", () => {
    assert.equal(
      escapeControls("a\x1b[2Jb\n中文\u202e\u009b\x7f"),
      "a\\u001b[2Jb\n中文\\u202e\\u009b\\u007f",
    );
    assert.equal(escapeControls("清镇市 2022年,成功率99.7%。"), "清镇市 2022年,成功率99.7%。");
  });

  test("the readable review: file name and document text", () => {
    const r = fazhi("analyze", name);
    assert.equal(r.status, 0, r.stderr);
    assertSafe(r.stdout, "stdout");
    assertSafe(r.stderr, "stderr");
    assert.ok(r.stdout.includes("report\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202etxt.exe"), r.stdout);
    assert.ok(r.stdout.includes("法治政府建设情况报告\\u001b[2J"), r.stdout);
  });

  test("JSON output is escaped and still reads back to the same values", () => {
    const r = fazhi("analyze", "--json", name);
    assert.equal(r.status, 0, r.stderr);
    assertSafe(r.stdout, "stdout");
    const record = JSON.parse(r.stdout);
    assert.equal(record.source.path, name);
    assert.equal(record.text, lines.join("\n"));
  });

  test("errors name the file escaped: a bad input, a URL, a plan", () => {
    const empty = join(dir, `empty${HOSTILE}.txt`);
    writeFileSync(empty, "");
    const bad = fazhi("analyze", empty);
    assert.equal(bad.status, 1);
    assertSafe(bad.stderr, "stderr");
    assert.match(bad.stderr, /empty\\u001b\[2J/);

    const url = fazhi("analyze", "--timeout", "5", `http://127.0.0.1:9/${HOSTILE}.html`);
    assert.equal(url.status, 1);
    assertSafe(url.stderr, "stderr");
    assert.match(url.stderr, /127\.0\.0\.1/);

    const plan = fazhi("plan", name);
    assertSafe(plan.stdout + plan.stderr, "plan");
    assert.match(plan.stdout + plan.stderr, /report\\u001b\[2J/);
  });
});
