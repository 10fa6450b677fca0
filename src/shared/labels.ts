// The Chinese names users see for document kinds and issuer levels: one table for the command
// line, the exports and the web app.
import type { DocKind, Level } from "../types.ts";

export const KIND_LABEL: Record<DocKind, string> = {
  report: "年度报告",
  plan: "方案计划",
  other: "其他文件",
};

export const LEVEL_LABEL: Record<Level, string> = {
  central: "中央",
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇级",
  department: "部门",
};
