import type { ReviewRule } from "../rule.ts";

export const emptyHeading: ReviewRule = {
  id: "review:empty-heading",
  title: "标题下无正文",
  describe: "标题下没有正文（可能是发布时内容丢失）",
  examples: [
    {
      text: "(一)加强组织领导\n一是强化党的领导。\n(二)规范公正文明执法\n(三)坚持依法决策\n一是完善决策机制。",
      expect: "finding",
    },
    {
      text: "(一)加强组织领导\n一是强化党的领导。\n(二)规范公正文明执法\n一是加强执法监督。",
      expect: "none",
    },
  ],
  check(ctx) {
    const own = ctx.outline.filter((h) => !/是$/.test(h.marker));
    const findings = [];
    const lastNewline = ctx.norm.lastIndexOf("\n");
    for (let k = 0; k < own.length; k++) {
      const h = own[k];
      const next = own[k + 1];
      const titleEnd = h.start + h.marker.length + h.title.length;
      const bodyEnd = next ? next.start : ctx.norm.length;
      // the line end, looked for up to the next heading only (a text without line breaks
      // must not be searched to its end once per heading)
      const inBody = ctx.norm.slice(h.start, bodyEnd).indexOf("\n");
      const lineEnd =
        inBody >= 0
          ? h.start + inBody
          : lastNewline < h.start
            ? -1
            : titleEnd < bodyEnd - 1
              ? bodyEnd
              : ctx.norm.indexOf("\n", h.start);
      if (lineEnd >= 0 && titleEnd < lineEnd - 1) continue; // text runs on after the title
      if (next && next.level <= h.level && ctx.norm.slice(titleEnd, bodyEnd).trim() === "") {
        findings.push({
          rule: this.id,
          severity: "warning" as const,
          message: `标题「${h.marker}${h.title}」下没有正文`,
          start: h.start,
          end: titleEnd,
        });
      }
    }
    return findings;
  },
};
