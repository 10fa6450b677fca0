// Collective owners (集合称谓): names that stand for many units at once. Which names are
// collective is the COLLECTIVE pattern in agencies.ts; this table says what kind of units each
// stands for, so the ledger's creation can suggest the concrete ones. Data only.

export type CollectiveKind = "governments" | "departments" | "named";

export interface CollectiveRule {
  kind: CollectiveKind;
  sample: string;
  /** for "named": the group `core` is the kind of unit meant (党校 in 各级党校) */
  re: RegExp;
  /** shown beside the phrase in the creation dialog; {core} stands for the kind of unit */
  hint: string;
}

/** Tried in order; the first match decides; a collective name no rule matches is "departments",
 *  and so is a "named" one when no unit's name contains its core. */
export const COLLECTIVE_RULES: CollectiveRule[] = [
  {
    kind: "governments",
    sample: "各县市区政府", // also 各区县人民政府, 县市区政府, 各乡镇政府, 各级政府, 各县（市、区）
    re: /(县|县市|县市区|市县|区县|县区|乡镇|区|市)(人民)?政府$|^各级(人民)?政府$|^各县[（(][市区、，,]+[）)](人民)?(政府)?$/,
    hint: "下级人民政府",
  },
  {
    kind: "departments",
    sample: "市直各相关单位", // also 各有关部门, 相关单位
    re: /单位|部门|机关/,
    hint: "部门和单位",
  },
  {
    kind: "named",
    sample: "各级党校", // also 各司法所, 各级人民法院, 县直各医院: units whose name says what they are
    re: /^(?:各级|各|市直|县直|区直|省直|全市|全县|全区)+(?<core>[^各]{2,})$/,
    hint: "名称含“{core}”的单位",
  },
];
