import type { TamperSignal } from "../../types.ts";
import type { ReviewRule } from "../rule.ts";

const LABEL: Record<TamperSignal, string> = {
  issuer: "发布机关名称处被替换为广告",
  formula: "固定表述中的词语被替换为广告",
  keywords: "标题或链接被替换为赌博、色情关键词串",
  ad: "正文中植入广告文字",
  pinyin: "汉字后被插入拼音",
};
const EXAMPLE_MAX = 30;

export const hijacked: ReviewRule = {
  id: "review:hijacked",
  title: "页面疑似被篡改",
  describe: "页面整体疑似被篡改或劫持：植入赌博、色情广告，或在汉字后成片插入拼音",
  examples: [
    {
      text: "某县2023年法治政府建设年度报告_kaiyun网上娱乐_KAIYUN APP官网_kaiyun体育平台网址人民政府\n2023年,我县法治政府建设取得新成效。",
      expect: "finding",
    },
    {
      text: "我市堅(jiān)持依法行政,推進(jìn)法治政府建設(shè),取得積極成效。",
      expect: "finding",
    },
    { text: "我市依法打击网络赌博和跨境赌博,深入开展扫黄打非,法治政府建设取得新成效。", expect: "none" },
  ],
  check(ctx) {
    const verdict = ctx.meta.tampering;
    if (!verdict) return [];
    const parts = verdict.evidence.map((e) => {
      const first = e.spans[0];
      const sample = first ? ctx.text.slice(first.start, first.end) : "";
      const shown = sample.length > EXAMPLE_MAX ? `${sample.slice(0, EXAMPLE_MAX)}…` : sample;
      return `${LABEL[e.signal]} ${e.count} 处（如「${shown}」）`;
    });
    const first = verdict.evidence[0].spans[0];
    return [
      {
        rule: this.id,
        severity: "error",
        message: `此页面疑似被篡改/劫持：${parts.join("；")}。`,
        start: first?.start,
        end: first?.end,
      },
    ];
  },
};
