// Short names of autonomous prefectures that are not their place name and 州 (巴音郭楞蒙古自治州 is
// 巴州, not only 巴音郭楞州, which structure/regions.ts derives): data only, read by regions.ts.
// Such a name is read as the prefecture only where the text supports it (新疆, the prefecture's
// seat or its full name) and nothing in the text points to the other place the name can stand
// for (巴州 is also what 巴中 calls its 巴州区); otherwise it names no place — never a guess.

export interface ContextShortName {
  /** the short name as written (巴州) */
  short: string;
  /** the prefecture's full name in the division list */
  full: string;
  /** words of the text that support the reading (新疆, the seat 库尔勒, the full name's place) */
  supports: RegExp;
  /** words that point to another place of that name (巴中, 四川 for 巴州区); null if none */
  against: RegExp | null;
  /** the province's short name, which may stand right before the short name (新疆巴州) */
  province: string;
}

export const CONTEXT_SHORT_NAMES: ContextShortName[] = [
  {
    short: "巴州",
    full: "巴音郭楞蒙古自治州",
    supports: /新疆|库尔勒|巴音郭楞/,
    against: /巴中|四川|川东北|巴州区/,
    province: "新疆",
  },
  {
    short: "克州",
    full: "克孜勒苏柯尔克孜自治州",
    supports: /新疆|阿图什|克孜勒苏/,
    against: null,
    province: "新疆",
  },
  {
    short: "博州",
    full: "博尔塔拉蒙古自治州",
    supports: /新疆|博乐|博尔塔拉/,
    against: null,
    province: "新疆",
  },
];
