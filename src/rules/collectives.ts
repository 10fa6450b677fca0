// Collective owners (集合称谓): names that stand for many units at once. Which names are
// collective is the COLLECTIVE pattern in agencies.ts; this table says what kind of units each
// stands for, so the ledger's creation can suggest the concrete ones. Data only.

export type CollectiveKind = "governments" | "departments";

export interface CollectiveRule {
  kind: CollectiveKind;
  sample: string;
  re: RegExp;
  /** shown beside the phrase in the creation dialog */
  hint: string;
}

/** Tried in order; the first match decides; a collective name no rule matches is "departments". */
export const COLLECTIVE_RULES: CollectiveRule[] = [
  {
    kind: "governments",
    sample: "各县市区政府", // also 各区县人民政府, 县市区政府, 各乡镇政府
    re: /(县|县市|县市区|市县|区县|县区|乡镇|区|市)(人民)?政府$/,
    hint: "下级人民政府",
  },
  {
    kind: "departments",
    sample: "市直各相关单位", // also 各有关部门, 相关单位
    re: /单位|部门|机关/,
    hint: "部门和单位",
  },
];
