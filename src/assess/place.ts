// Where a problem of an indicator system file is, said as its author thinks of it: the
// indicator by its code and name, then the field by its Chinese label — never the JSON path
// (`indicators.3.children`) a validator reports.

/** The Chinese label of each field of a system file (src/assess/system.ts). */
const FIELD_LABELS: Record<string, string> = {
  id: "标识",
  name: "名称",
  version: "版本",
  basis: "依据",
  assumption: "自定说明",
  total: "总分",
  indicators: "指标",
  code: "编号",
  points: "分值",
  method: "评分方法",
  children: "下级指标",
  kind: "评分方法类型",
  indicator: "目录指标",
  full: "满分值",
  zero: "零分值",
  pick: "取值方式",
  patterns: "措施用语",
  need: "须命中条数",
  parts: "必备部分",
  rules: "审查规则",
  severities: "问题级别",
  per: "每项扣分",
  check: "检查项",
  measure: "台账指标",
  guidance: "评分说明",
  label: "调查项名称",
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** An indicator named by what its author wrote (指标 1.2「名称」), or null when it has neither. */
function indicatorName(node: unknown): string | null {
  const code = isRecord(node) && typeof node.code === "string" ? node.code.trim() : "";
  const name = isRecord(node) && typeof node.name === "string" ? node.name.trim() : "";
  if (code && name) return `指标 ${code}「${name}」`;
  return code || name ? `指标「${code || name}」` : null;
}

/** The place `path` points at in `value` (the parsed file), in Chinese; "" for the whole file.
 *  An indicator is named by its code and name, which make the indicators above it needless. */
export function placeOf(value: unknown, path: readonly (string | number)[]): string {
  let parts: string[] = [];
  let at: unknown = value;
  for (let k = 0; k < path.length; k++) {
    const key = path[k];
    const child = isRecord(at) ? at[String(key)] : Array.isArray(at) ? at[Number(key)] : undefined;
    const index = path[k + 1];
    if ((key === "indicators" || key === "children") && typeof index === "number") {
      const node = Array.isArray(child) ? child[index] : undefined;
      const named = indicatorName(node);
      const list = key === "children" ? "下级指标" : "指标";
      if (named) parts = [named];
      else parts.push(`第 ${index + 1} 个${list}`);
      at = node;
      k++;
      continue;
    }
    parts.push(typeof key === "number" ? `第 ${key + 1} 项` : (FIELD_LABELS[key] ?? key));
    at = child;
  }
  return parts.join("的");
}
