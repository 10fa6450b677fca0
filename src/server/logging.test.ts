// The server's log on standard output is written once per turn of the event loop: the lines of
// one turn in one write, in order, none held past its turn, and what is pending written when
// asked (at exit).
import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { batchedStdout } from "./logging.ts";

test("log lines of one turn go out together at its end, in order", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "fazhi-log-")), "out.log");
  const fd = openSync(file, "w");
  try {
    const out = batchedStdout(fd);
    out.write('{"msg":"incoming request"}\n');
    out.write('{"msg":"请求完成"}\n');
    assert.equal(readFileSync(file, "utf8"), "", "nothing is written within the turn");
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(readFileSync(file, "utf8"), '{"msg":"incoming request"}\n{"msg":"请求完成"}\n');
    out.write('{"msg":"third"}\n');
    out.flush();
    assert.equal(readFileSync(file, "utf8").split("\n").length, 4, "flush writes what is pending at once");
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(readFileSync(file, "utf8").split("\n").length, 4, "and nothing twice");
  } finally {
    closeSync(fd);
  }
});
