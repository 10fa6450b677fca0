// The outline's marker scan (markerFrom: a list's 、 and numbered runs read by code, the pattern
// tried only at brackets) finds exactly what the scan it replaced found: MARKER_START tried at
// each character a marker can start with (一…十, an opening bracket, a digit, 、).
import assert from "node:assert/strict";
import { test } from "node:test";
import { MARKER_START } from "../rules/outline.ts";
import { markerFrom } from "./outline.ts";

/** The scan as it was: the pattern tried at each position from `from` that a marker can start at. */
function byPattern(norm: string, from: number): { start: number; end: number } | null {
  const sticky = new RegExp(MARKER_START.source, "y");
  for (let at = from; at < norm.length; at++) {
    if (!"一二三四五六七八九十(0123456789、".includes(norm[at])) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(norm);
    if (m) return { start: at, end: at + m[0].length };
  }
  return null;
}

test("the marker scan finds what the pattern tried at each marker start found, on random texts", () => {
  // numerals, digits, their closing marks, brackets and 第…部分, so that runs of every length
  // with and without a closing mark are frequent
  const alphabet = [..."一二十三019、.是()第a,", "部分", "工作"];
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  let found = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = "";
    for (let k = 1 + random(14); k > 0; k--) text += alphabet[random(alphabet.length)];
    const from = random(text.length);
    const expected = byPattern(text, from);
    if (expected) found++;
    assert.deepEqual(markerFrom(text, from), expected, `${text} from ${from}`);
  }
  assert.ok(found > 5000, "the random texts hold markers");
});

test("a number's last digits before its mark are the marker; a longer run is not read from each digit", () => {
  assert.deepEqual(markerFrom("共12345.", 0), { start: 3, end: 7 });
  assert.deepEqual(markerFrom("2024年12、", 0), { start: 5, end: 8 });
  assert.deepEqual(markerFrom("十二是依法行政", 0), { start: 0, end: 3 });
  assert.equal(markerFrom("受理案件12345件", 0), null);
});
