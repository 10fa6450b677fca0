// Review of the read33 round on passages it had not seen: words of the game-cheat advertising
// list that ordinary official text writes (公开挂牌出让, 科技辅助手段, a hospital site's 免费挂号).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const head = [
  "长治市自然资源局2023年法治政府建设年度报告",
  "2023年，市自然资源局坚持以习近平法治思想为指导，全面推进依法行政。",
  "一、主要举措和成效",
];
const spamOf = (lines: string[]) => {
  const record = read(lines);
  const text = `${lines.join("\n")}\n`;
  return {
    spam: record.noise.filter((n) => n.kind === "spam").map((n) => text.slice(n.start, n.end)),
    tampered: Boolean(record.meta.tampering),
  };
};

describe("official text that holds a game-cheat word inside its own words", () => {
  test("land sold by public listing (公开挂牌) is no 开挂", () => {
    const lines = [
      ...head,
      "（一）规范土地出让。全年通过公开挂牌方式出让国有建设用地42宗，成交价款18.6亿元。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("enforcement with technical aids (科技辅助手段) is no cheat sold", () => {
    const lines = [
      ...head,
      "（一）创新执法方式。运用无人机等科技辅助手段开展执法巡查36次，核查图斑1260个。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("a hospital site's menu (免费挂号) is no advertising", () => {
    const lines = [
      "首页 医院概况 预约挂号 免费挂号 就诊指南 院务公开",
      ...head,
      "（一）加强学法。学法6次。",
      "二、存在的不足",
    ];
    assert.deepEqual(spamOf(lines), { spam: [], tampered: false });
  });
  test("the cheat sellers' own copy is still spam", () => {
    const lines = [
      ...head,
      "（一）加强学法。学法6次。",
      "王者荣耀代练 和平精英外挂 传奇私服 充值返利 官方QQ群 1234567",
      "二、存在的不足",
    ];
    const { spam, tampered } = spamOf(lines);
    assert.ok(
      spam.some((s) => s.includes("代练")),
      spam.join(" / "),
    );
    assert.ok(tampered);
  });
});
