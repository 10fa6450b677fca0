// Division names that read as ordinary words in the sentences around them. Data only;
// src/structure/regions.ts applies it.

/**
 * Divisions whose name begins with a verb: 会同县公安局、县农业农村局开展联合执法 is "together
 * with the county's police", not 会同县 in Hunan. Before a unit of a county (县X局, 县政府) the
 * verb is read, unless the division's parent stands right before it (怀化市会同县).
 */
export const VERB_NAMED: ReadonlyArray<{ name: string; verb: string }> = [{ name: "会同县", verb: "会同" }];

/** What a unit named after the division's level looks like (县公安局, 县人民政府, 县委). */
export const UNIT_AFTER = /^[\u4e00-\u9fff]{0,10}?(局|委|办|院|厅|队|所|站|中心|政府|部门|单位)/;

/** A division name ending in 区 followed by 域 is the word 区域 (和平区域, 城市新区域). */
export const WORD_AFTER: Readonly<Record<string, string>> = { 区: "域" };

/**
 * A division whose name is one character and its level (范县, 高县, 成县, 理县, 单县, 和县) is,
 * after another Chinese character, most often the end of an ordinary word: 示范县, 提高县级,
 * 完成县…, 管理县域, 清单县, 乡镇和县直部门. It is read as that division only at the start of a
 * run of text, after a larger division (濮阳市范县, 河北省赵县), or after one of these words that
 * stand before a place's name (在范县, 赴高县, 印发泾县…, 中共范县委员会, 政协勉县委员会).
 */
export const BEFORE_SHORT_NAME = /[省市县区州盟旗在对与和及同向赴到至由从为以于将把经是的共驻原全发协]/;
