// JSON text read and changed without parsing it (src/shared/json-text.ts): the answer is the one
// parsing, changing and writing again would give, whatever the strings hold.
import assert from "node:assert/strict";
import { test } from "node:test";
import { objectMembers, renameKeys } from "../src/shared/json-text.ts";

// strings that look like keys, quotes and backslashes in every place, keys at several depths
const TRICKY = {
  clause_start: 1,
  title: 'a "clause_start": 2',
  "clause_start\\": "\\",
  quote: '\\"clause_start":',
  nested: [{ clause_start: null, x: "}]{[" }, [], {}, "clause_start"],
  empty: "",
  n: -1.5e-7,
  t: true,
  f: false,
  z: null,
  han: "第一条 \u2028 \u0000",
};

/** Keys renamed as the parsed objects would have them. */
function renamedByParsing(value: unknown, renames: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renamedByParsing(v, renames));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [renames[k] ?? k, renamedByParsing(v, renames)]),
  );
}

test("renameKeys renames keys only, at every depth, as parsing and writing again would", () => {
  const renames = { clause_start: "clauseStart", x: "y" };
  for (const json of [
    JSON.stringify(TRICKY),
    JSON.stringify(TRICKY, null, 2),
    JSON.stringify([TRICKY, TRICKY]),
  ]) {
    const renamed = renameKeys(json, renames);
    assert.deepEqual(JSON.parse(renamed), renamedByParsing(JSON.parse(json), renames));
  }
  const plain = JSON.stringify({ a: 1 });
  assert.equal(renameKeys(plain, renames), plain, "nothing to rename: the same text");
});

test("objectMembers gives each member's JSON text, in order; null for what is not an object", () => {
  for (const json of [JSON.stringify(TRICKY), JSON.stringify(TRICKY, null, 2)]) {
    const members = objectMembers(json);
    assert.ok(members);
    assert.deepEqual([...members.keys()], Object.keys(TRICKY));
    for (const [key, text] of members) assert.deepEqual(JSON.parse(text), TRICKY[key as keyof typeof TRICKY]);
  }
  assert.deepEqual([...(objectMembers(" { } ") ?? [])], []);
  for (const bad of ["[]", "1", '{"a"}', '{"a":1', '{"a":1}x', '{"a":"b}', ""])
    assert.equal(objectMembers(bad), null, bad);
});
