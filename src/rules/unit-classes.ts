// What a unit can count, for agreeing a number with an indicator: 件 counts cases and
// documents, never people; 名 counts people, never disputes. Data only.

/** Matters handled: cases, disputes, applications, requests. */
export const CASES = ["件", "起", "宗", "例", "件次", "单", "笔", "个"];
/** Documents and written items. */
export const DOCUMENTS = ["件", "份", "部", "篇", "个", "项", "条", "本", "卷", "件次", "册"];
/** People (人次 counts attendances of people). */
export const PEOPLE = ["人", "名", "位", "人次", "余人"];
/** Events: meetings, sessions, campaigns, inspections. */
export const EVENTS = ["次", "场", "场次", "期", "批", "批次", "轮", "堂", "节", "期次", "次数"];
/** Organisations and bodies (委员会, 队伍, 中心). */
export const BODIES = ["个", "家", "所", "支", "处", "座", "部门", "单位"];
