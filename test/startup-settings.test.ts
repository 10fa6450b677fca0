// A setting that breaks a rule stops `fazhi serve` before it touches anything: one Chinese line
// naming the variable and the rule, exit code 1, and the data folder never created.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { startFazhi } from "./helpers/process.ts";

const CASES: Array<{ env: Record<string, string>; message: RegExp }> = [
  {
    env: { FAZHI_ADMIN_PASSWORD: "short" },
    message: /FAZHI_ADMIN_PASSWORD 不符合密码规则：密码至少 10 个字符/,
  },
  {
    env: { FAZHI_ADMIN_PASSWORD: "admin-Password-1" },
    message: /FAZHI_ADMIN_PASSWORD 不符合密码规则：密码不能包含用户名/,
  },
  { env: { FAZHI_ADMIN_PASSWORD: "abcdefghijkl" }, message: /至少三类/ },
  { env: { FAZHI_ADMIN_PASSWORD: "Fine-Password-2026", LOG_LEVEL: "loud" }, message: /LOG_LEVEL 应为/ },
];

for (const { env, message } of CASES) {
  test(`serve with ${JSON.stringify(env)}: refused before the data folder is touched`, {
    timeout: 300_000,
  }, async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "fazhi-settings-")), "data");
    const child = startFazhi(["serve", "--port", "0", "--host", "127.0.0.1"], {
      ...env,
      FAZHI_DATA_DIR: dir,
      DATABASE_URL: "",
    });
    const code = await child.exited;
    const out = child.output().trim();
    assert.equal(code, 1, out);
    assert.match(out, message);
    assert.equal(out.split("\n").length, 1, out);
    assert.doesNotMatch(out, /内部错误|Error|at /);
    assert.equal(existsSync(dir), false, "the data folder was not created");
  });
}
