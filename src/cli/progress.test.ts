import assert from "node:assert/strict";
import { test } from "node:test";
import { Progress } from "./progress.ts";

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (s: string) => written.push(s) > 0 };
};

test("shows done / total and the rate on a terminal", () => {
  const out = stream(true);
  let clock = 0;
  const progress = new Progress(4, out, () => clock);
  clock = 2000;
  progress.tick("a.docx");
  progress.tick("b\x1b[2J.pdf");
  assert.match(out.written[1], /2\/4 1\.0 个\/秒 b\\u001b\[2J\.pdf/);
  progress.end();
  assert.equal(out.written.at(-1), "\r\x1b[K");
});

test("is silent when stderr is not a terminal or there are few inputs", () => {
  const piped = stream(false);
  new Progress(100, piped).tick("a");
  const few = stream(true);
  new Progress(2, few).tick("a");
  assert.deepEqual([piped.written, few.written], [[], []]);
});
