// The web app's own words: Chinese text uses full-width punctuation (，：；（）！？, not , : ; ( ) ! ?
// beside a Chinese character), and no emoji (CJK fonts lack most of them: 📎 printed as a box);
// icons come from @ant-design/icons. Read from the sources in web/src: the punctuation in the
// strings and JSX text (parsed with TypeScript, so comments and code do not count), emoji anywhere.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import ts from "typescript";

const WEB = new URL("../web/src/", import.meta.url).pathname;
/** where the server's words come from: commands' errors, notifications, audit sentences, drafts */
const SERVER = ["../src/commands/"].map((p) => new URL(p, import.meta.url).pathname);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text a user can see: string literals, template pieces and JSX text (not comments,
 * not object keys or other code). */
export function texts(code: string, file = "x.tsx"): Array<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const CJK = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
/** A half-width , : ; ( ) ! ? touching a Chinese character. */
export const HALF_WIDTH_BESIDE_CJK = new RegExp(`${CJK}[,:;()!?]|[,:;()!?]${CJK}`, "g");
const EMOJI = /\p{Extended_Pictographic}/gu;
/** Brackets of two widths paired around an expression in JSX: `({n} 分）` (each piece alone
 * touches no Chinese character, so only the line shows it). */
/** The same in template strings: `（${n} 分)` */
const MIXED_BRACKETS_TEMPLATE = /\(\$\{[^{}\n]*\}[^()（）\n]*）|（\$\{[^{}\n]*\}[^()（）\n]*\)/g;
export const MIXED_BRACKETS = /\(\{[^{}\n]*\}[^()（）\n]*）|（\{[^{}\n]*\}[^()（）\n]*\)/g;

interface Hit {
  file: string;
  line: number;
  text: string;
}

function scan(
  pattern: RegExp,
  what: (code: string) => Array<{ text: string; line: number }>,
  roots: string[] = [WEB],
): Hit[] {
  return roots.flatMap((root) =>
    sources(root)
      .filter((path) => !/\.test\.tsx?$/.test(path))
      .flatMap((path) =>
        what(readFileSync(path, "utf8"))
          .filter((t) => t.text.match(pattern))
          .map((t) => ({ file: relative(root, path), line: t.line, text: t.text.trim() })),
      ),
  );
}
const lines = (code: string) => code.split("\n").map((text, k) => ({ text, line: k + 1 }));

const report = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line}  ${h.text}`).join("\n");

describe("the web app's text", () => {
  test("the checks see what they look for", () => {
    const sample = texts(
      [
        'const a = { 未提交: "按领域(3 项)" }; // 注释:不算',
        "/* 说明:也不算 */ const b = <p>共:{`$" + "{n}(个)`}</p>;",
      ].join("\n"),
    );
    const found = sample.filter((t) => t.text.match(HALF_WIDTH_BESIDE_CJK)).map((t) => t.text);
    assert.deepEqual(found, ["按领域(3 项)", "共:", "(个)"]);
    assert.equal("按领域（3 项）：共 2 个，完成率 50%".match(HALF_WIDTH_BESIDE_CJK), null);
    assert.equal("附件 📎".match(EMOJI)?.length, 1);
    assert.equal("{n.name}({n.points} 分）".match(MIXED_BRACKETS)?.length, 1);
    assert.equal("{n.name}（{n.points} 分）".match(MIXED_BRACKETS), null);
  });

  test("Chinese text uses full-width punctuation", () => {
    const hits = scan(HALF_WIDTH_BESIDE_CJK, texts);
    assert.equal(hits.length, 0, `half-width punctuation beside Chinese:\n${report(hits)}`);
  });

  test("brackets are paired in one width", () => {
    const hits = scan(MIXED_BRACKETS, lines);
    assert.equal(hits.length, 0, `half-width and full-width brackets paired:\n${report(hits)}`);
  });

  test("no emoji: icons are antd icons", () => {
    const hits = scan(EMOJI, lines);
    assert.equal(hits.length, 0, `emoji in web/src:\n${report(hits)}`);
  });
});

describe("the server's words users see", () => {
  test("Chinese text in src/commands uses full-width punctuation, brackets in one width", () => {
    const hits = scan(HALF_WIDTH_BESIDE_CJK, texts, SERVER);
    assert.equal(hits.length, 0, `half-width punctuation beside Chinese:\n${report(hits)}`);
    const mixed = scan(MIXED_BRACKETS_TEMPLATE, lines, SERVER);
    assert.equal(mixed.length, 0, `half-width and full-width brackets paired:\n${report(mixed)}`);
  });
});
