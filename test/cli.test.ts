// The command line as a user meets it: readable output, JSON, JSON Lines, --out, and one
// clear line per bad input while the other inputs still complete.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { makeDocx, REPORT_TEXT } from "./helpers/fixtures.ts";

const bin = new URL("../bin/fazhi.js", import.meta.url).pathname;
const fazhi = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });

describe("fazhi analyze", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-cli-"));
  const good = join(dir, "report.txt");
  writeFileSync(good, REPORT_TEXT);

  test("prints a readable review in Chinese", () => {
    const r = fazhi("analyze", good);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /类型 {4}年度报告/);
    assert.match(r.stdout, /地区 清镇市/);
    assert.match(r.stdout, /必备内容/);
    assert.match(r.stdout, /108件/);
  });

  test("a reader that stops early (| head) ends the command quietly, no stack trace", () => {
    // the shell's head closes the pipe after one line; the record is far longer than a pipe holds
    const r = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${bin}" analyze --json "${good}" "${good}" | head -c 10`],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    assert.equal(r.status, 0);
    assert.equal(r.stdout.length, 10);
    assert.equal(r.stderr, "");
  });

  test("--json prints one record with exactly the documented keys", () => {
    const r = fazhi("analyze", "--json", good);
    assert.equal(r.status, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(record), [
      "source",
      "text",
      "meta",
      "noise",
      "outline",
      "facts",
      "sections_present",
      "measures",
      "findings",
      "engine",
    ]);
    assert.equal(record.text, REPORT_TEXT);
    for (const f of record.facts) assert.equal(record.text.slice(f.start, f.end), f.quote);
  });

  test("several inputs give JSON Lines; bad ones give one line each and exit 1", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir, "tool.txt");
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2]));
    const broken = join(dir, "broken.docx");
    const docx = await makeDocx(["一、总体情况"]);
    writeFileSync(broken, docx.subarray(0, 200));
    const missing = join(dir, "missing.txt");
    const r = fazhi("analyze", "--json", empty, good, binary, broken, missing);
    assert.equal(r.status, 1);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(records.length, 1, "the good input still completes");
    const errors = r.stderr.trim().split("\n");
    assert.equal(errors.length, 4, r.stderr);
    for (const [file, word] of [
      [empty, "内容为空"],
      [binary, "不是文本文件"],
      [broken, "已损坏"],
      [missing, "不存在"],
    ]) {
      const line = errors.find((l) => l.startsWith(file));
      assert.ok(line, `a line for ${file}`);
      assert.ok(line.includes(word), line);
    }
    assert.ok(!r.stderr.includes("    at "), "no stack trace");
    // says what to do, not the same thing twice (文件不存在：路径不存在)
    assert.ok(errors.includes(`${missing}: 文件不存在：请检查路径和文件名`), r.stderr);
  });

  test("--max-bytes makes the size limit explicit", () => {
    const r = fazhi("analyze", "--max-bytes", "10", good);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /超出大小限制/);
  });

  test("--out writes one JSON file per input, directories are walked", () => {
    const out = join(dir, "out");
    const r = fazhi("analyze", "--out", out, dir);
    assert.ok(readdirSync(out).includes("report.json"), r.stderr);
    const record = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    assert.equal(record.meta.kind, "report");
  });

  test("reads a URL (loopback page), and a failed download is one line", async () => {
    const { createServer } = await import("node:http");
    const { execFile } = await import("node:child_process");
    const server = createServer((req, res) => {
      if (req.url === "/gone") res.writeHead(404).end();
      else
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
          `<html><head><meta charset="utf-8"></head><body>${REPORT_TEXT.split("\n")
            .map((l) => `<p>${l}</p>`)
            .join("")}</body></html>`,
        );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const run = (url: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(
          process.execPath,
          [bin, "analyze", "--json", url],
          { encoding: "utf8", env: { ...process.env, FAZHI_FETCH_ALLOW: "127.0.0.1" } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ),
      );
    try {
      const ok = await run(`http://127.0.0.1:${port}/report.html`);
      assert.equal(ok.code, 0, ok.stderr);
      const record = JSON.parse(ok.stdout);
      assert.equal(record.source.format, "html");
      assert.ok(record.facts.some((f: { quote: string }) => f.quote === "108件"));
      const gone = await run(`http://127.0.0.1:${port}/gone`);
      assert.equal(gone.code, 1);
      assert.match(gone.stderr, /下载失败.*404/);
    } finally {
      server.close();
    }
  });

  test("usage errors exit 2 with help", () => {
    const r = fazhi("analyze");
    assert.equal(r.status, 2);
    assert.match(r.stderr, /用法/);
  });

  test("a wrong option is named in Chinese; --help after a command shows the help", () => {
    const unknown = fazhi("analyze", "--bogus", good);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^fazhi analyze: 未知选项 “--bogus”\n/);
    assert.doesNotMatch(unknown.stderr, /Unknown option|positional/);
    const missing = fazhi("analyze", good, "--out");
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^fazhi analyze: 选项 “--out” 后面缺少值\n/);
    const help = fazhi("serve", "--help");
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^用法：fazhi/);
  });
});
