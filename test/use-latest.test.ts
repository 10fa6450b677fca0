import assert from "node:assert/strict";
import { test } from "node:test";
import { tickets } from "../web/src/useLatest.ts";

test("only the newest request's answer counts, whatever order the answers come in", () => {
  const begin = tickets();
  const reload = begin();
  const filtered = begin();
  assert.equal(filtered(), true);
  assert.equal(reload(), false, "the older answer, arriving last, is dropped");
  const again = begin();
  assert.equal(filtered(), false);
  assert.equal(again(), true);
});
