import { isPinyinGloss } from "../../structure/garbage.ts";
import type { Finding } from "../../types.ts";
import type { ReviewRule } from "../rule.ts";

const SHOWN = 20;

export const garbage: ReviewRule = {
  id: "review:garbage",
  title: "乱码",
  describe: "文本中有乱码、替换字符、多余的问号或拼音残留，可能是转换错误",
  examples: [
    { text: "全年受理行政复议案件108件。?一是加强统(tǒng)筹。", expect: "finding" },
    { text: "全年受理行政复议案件108件。一是加强统筹。", expect: "none" },
    // a dictionary's annotation copied with the text: debris, not tampering
    {
      text: "全区执(zhí)法人员1200名,开展执(zhí)法检查360次,执(zhí)法案卷评查合格率98%。",
      expect: "finding",
    },
  ],
  check(ctx) {
    // pinyin injected all over a page is one tampering pattern, reported once by review:hijacked
    const injected = ctx.meta.tampering?.evidence.some((e) => e.signal === "pinyin") ?? false;
    const spans = ctx.noise.filter((n) => n.kind === "garbage" && !(injected && isPinyinGloss(ctx.norm, n)));
    // a gloss is named with the character it reads (執(zhí)): the reader sees it is pinyin, not noise
    const findings: Finding[] = spans.slice(0, SHOWN).map((n) => ({
      rule: this.id,
      severity: "warning",
      message: isPinyinGloss(ctx.norm, n)
        ? `拼音注音残留「${ctx.text.slice(n.start - 1, n.end)}」`
        : `异常字符「${ctx.text.slice(n.start, n.end)}」`,
      start: n.start,
      end: n.end,
    }));
    if (spans.length > SHOWN) {
      findings.push({
        rule: this.id,
        severity: "warning",
        message: `另有 ${spans.length - SHOWN} 处异常字符未逐一列出`,
      });
    }
    return findings;
  },
};
