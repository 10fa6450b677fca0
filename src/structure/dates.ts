// Dates written in Chinese numerals (二〇二四年二月二十二日) as they appear under signatures.

const DIGIT: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十二 → 22, 十二 → 12, 三十 → 30 (1–99 only) */
function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (s === "十") return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGIT[m[1]] : 1) * 10 + (m[2] ? DIGIT[m[2]] : 0);
  if (s.length === 1 && DIGIT[s] !== undefined) return DIGIT[s];
  return null;
}

export function parseChineseDate(s: string): string | null {
  const m =
    /([〇○零Ｏ一二三四五六七八九\d]{4})\s*年\s*([一二三四五六七八九十\d]{1,3})\s*月\s*([一二三四五六七八九十\d]{1,3})\s*日/.exec(
      s,
    );
  if (!m) return null;
  const year = /^\d{4}$/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map((c) => DIGIT[c] ?? "x").join(""));
  const month = smallNumber(m[2]);
  const day = smallNumber(m[3]);
  if (
    !Number.isInteger(year) ||
    month === null ||
    day === null ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  )
    return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
