// Word's list number formats (w:numFmt, ECMA-376 §17.18.59): how a counter's value is written in
// a numbered paragraph. Data apart from the numbering reader (docx-numbering.ts), so a format
// seen in a government file is one entry here. A format not in the table is written as decimal,
// as Word and LibreOffice do with one they do not know.

const CHINESE_DIGITS = "〇一二三四五六七八九";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

/** A number in Chinese counting: 11 → 十一, 20 → 二十, 105 → 一百〇五, 1010 → 一千〇一十 —
 *  what Word shows for chineseCounting (一、二、…). `tenAlone` writes 10–19 as 十… (counting)
 *  rather than 一十… (legal 壹拾). Past 9999 the digits are read one by one (no list gets there). */
function chineseNumber(
  n: number,
  digits: string,
  units: [string, string, string],
  tenAlone: boolean,
): string {
  if (n === 0) return digits[0];
  if (n > 9999) return [...String(n)].map((d) => digits[Number(d)]).join("");
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unitOf = [units[2], units[1], units[0], ""];
  let out = "";
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = places[i];
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += tenAlone && i === 2 && d === 1 && !out ? units[0] : digits[d] + unitOf[i];
  }
  return out;
}

/** 1 → a, 26 → z, 27 → aa, 28 → bb: Word repeats the letter past z. */
function letters(n: number, first: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(first + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: Array<[number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];
function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = "";
  for (const [value, text] of ROMAN)
    while (n >= value) {
      out += text;
      n -= value;
    }
  return out;
}

/** One of a run of characters (①… from U+2460), or decimal past its end. */
const enclosed = (first: number, count: number) => (n: number) =>
  n >= 1 && n <= count ? String.fromCharCode(first + n - 1) : String(n);

/** One of a fixed sequence (甲乙丙…), or decimal past its end. */
const sequence = (chars: string) => (n: number) =>
  n >= 1 && n <= chars.length ? [...chars][n - 1] : String(n);

const counting = (n: number) => chineseNumber(n, CHINESE_DIGITS, ["十", "百", "千"], true);

/** numFmt → how a value is written; "" for formats that show no number (bullet, none). */
export const NUMBER_FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: String,
  // 01, 02 … 10
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  // １２３ (full-width digits)
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalHalfWidth: String,
  // ① … ⑳
  decimalEnclosedCircle: enclosed(0x2460, 20),
  decimalEnclosedCircleChinese: enclosed(0x2460, 20),
  // ⑴ … ⒇
  decimalEnclosedParen: enclosed(0x2474, 20),
  // ⒈ … ⒛
  decimalEnclosedFullstop: enclosed(0x2488, 20),
  lowerLetter: (n) => letters(n, 0x61),
  upperLetter: (n) => letters(n, 0x41),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  // 一 二 … 十 十一 … 二十
  chineseCounting: counting,
  chineseCountingThousand: counting,
  taiwaneseCounting: counting,
  taiwaneseCountingThousand: counting,
  japaneseCounting: counting,
  // 壹 贰 … 壹拾 壹拾壹
  chineseLegalSimplified: (n) => chineseNumber(n, LEGAL_DIGITS, ["拾", "佰", "仟"], false),
  // 一〇 for 10: digit by digit
  ideographDigital: (n) => [...String(n)].map((d) => CHINESE_DIGITS[Number(d)] ?? d).join(""),
  taiwaneseDigital: (n) => [...String(n)].map((d) => CHINESE_DIGITS[Number(d)] ?? d).join(""),
  // 甲 乙 丙 … 癸 (天干)
  ideographTraditional: sequence("甲乙丙丁戊己庚辛壬癸"),
  // 子 丑 寅 … 亥 (地支)
  ideographZodiac: sequence("子丑寅卯辰巳午未申酉戌亥"),
  // a bullet's character is decoration, not a number the engine reads: a bulleted paragraph
  // reads as its text, as a typed paragraph without a bullet would
  bullet: () => "",
  none: () => "",
};

/** The text of value `n` in format `numFmt` (decimal for a format not in the table). */
export function formatNumber(numFmt: string | undefined, n: number): string {
  const format =
    (numFmt !== undefined && Object.hasOwn(NUMBER_FORMATS, numFmt) && NUMBER_FORMATS[numFmt]) || String;
  return format(n);
}
