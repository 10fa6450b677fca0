// Misreadings the recogniser makes in Song-style (serif) print, where 入 and 人 differ by a
// hair: 深人, 纳人, 投人 … are put right as 深入, 纳入, 投入. 人 stays where it is a person: after
// a character that makes a word with the first one (资深人士, 出纳人员, 金融人才, 运输人员,
// 中介人员) or before one that makes a word with 人 (…人员, …人才, …人士). Same length in and out.

/** characters that take 入 after them: 深入 纳入 投入 列入 融入 输入 介入 */
const BEFORE_IN = "深纳投列融输介";
/** a character before those that makes a word of its own with them (资深, 出纳, 系列, 金融, 运输, 中介) */
const WORD_BEFORE = "资出采系陈排金运中简";
/** a character after 人 that makes it a person (人员, 人士, 人才, 人民, 人口 …) */
const PERSON_AFTER = "员士才民口数次们群身事力物家选";

const PATTERN = new RegExp(`(?<![${WORD_BEFORE}])([${BEFORE_IN}])人(?![${PERSON_AFTER}])`, "g");

export function correctConfusions(text: string): string {
  return text.replace(PATTERN, "$1入");
}
