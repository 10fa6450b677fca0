// The README's command-line examples work in a plain clone: every file or folder they name that
// is not a stand-in for the reader's own (report.pdf, reports/) is in the repository, and none
// reaches outside it (../shared is a development checkout, not part of a clone).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
/** the reader's own files in the examples */
const STAND_INS =
  /^(report\.|reports\/|results\/|more\/|a\.txt|b\.html|plan\.docx|ledger\.|my-system\.json|all\.jsonl)/;

test("the README's CLI examples name only paths a plain clone has", () => {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  const lines = blocks
    .flatMap((b) => b.split("\n"))
    .filter((l) => /^npx fazhi (analyze|import|plan|assess)\b/.test(l));
  assert.ok(lines.length >= 8, "the examples are found");
  const paths = lines
    .flatMap((l) => l.replace(/#.*$/, "").split(/\s+/).slice(3))
    .filter((w) => w && !w.startsWith("-") && !w.startsWith(">") && !/^https?:/.test(w) && /[./]/.test(w));
  for (const p of paths) {
    assert.ok(!p.startsWith(".."), `${p}: outside the repository`);
    if (!STAND_INS.test(p)) assert.ok(existsSync(new URL(p, root)), `${p}: not in the repository`);
  }
  assert.ok(
    paths.some((p) => p.startsWith("demo/")),
    "one example runs on the shipped demo documents",
  );
});
