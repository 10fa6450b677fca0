// Words a Traditional text writes with a character whose Simplified form is another word's:
// Taiwan and Hong Kong write 答覆, 批覆 (reply) where the mainland writes 答复, 批复, and
// converters from Simplified that pick 覆 for every 复 write 行政覆議. Character by character
// these stay 覆 (覆 is Simplified too, 覆盖), so the word is restored after the characters are
// converted: 行政覆议 is 行政复议. Each pair is of the same length (offsets hold). Data only;
// src/normalize/script.ts applies it to Traditional texts.
export const TRADITIONAL_WORDS: Readonly<Record<string, string>> = {
  覆议: "复议",
  批覆: "批复",
  答覆: "答复",
  回覆: "回复",
  函覆: "函复",
  覆函: "复函",
  覆核: "复核",
  覆查: "复查",
  覆审: "复审",
};
