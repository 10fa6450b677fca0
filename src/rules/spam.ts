// Signs of pages hijacked by gambling advertising. Data only; the engine is structure/spam.ts.

/** Terms that only gambling advertising uses. One is enough to call a string spam. */
export const GAMBLING_TERMS = [
  "博彩",
  "赌场",
  "赌博网",
  "网赌",
  "赌球",
  "娱乐城",
  "百家乐",
  "六合彩",
  "时时彩",
  "北京赛车",
  "幸运飞艇",
  "老虎机",
  "真人视讯",
  "真人娱乐",
  "电子游艺",
  "棋牌游戏",
  "投注平台",
  "体育投注",
  "下注",
  "威尼斯人",
  "葡京",
  "金沙娱乐",
  "皇冠体育",
  "皇冠网址",
  "亚博体育",
  "开云体育",
  "半岛体育",
  "乐鱼体育",
  "bet365",
  "足彩",
  "买球",
  "外围足球",
  "彩票app",
  "彩票平台",
  "体育app",
];

/** Phrases of advertising copy glued to such terms ("…哪个是正规的", "…官网入口"). */
export const AD_PHRASES = [
  "哪个是正规的",
  "哪个正规",
  "哪个好",
  "官网入口",
  "官方网站",
  "官网",
  "登录入口",
  "网页版",
  "手机版",
  "最新地址",
  "网址",
  "下载",
  "注册送",
  "开户送",
  "首存",
  "彩金",
  "平台",
  "推荐",
  "排名",
  "入口",
  "靠谱",
  "安全吗",
  "app",
  "APP",
];

/** Fixed political formulas and the name that must stand in the gap. When the gap holds
 * something else, the page was tampered with (hijacks replace the leader's name). */
export const FIXED_FORMULAS: Array<{ expected: string; followedBy: string[] }> = [
  {
    expected: "习近平",
    followedBy: [
      "新时代中国特色社会主义思想",
      "法治思想",
      "总书记",
      "生态文明思想",
      "经济思想",
      "外交思想",
      "强军思想",
      "文化思想",
      "同志",
    ],
  },
];

/** Characters that may precede a formula's gap and belong to the sentence, not the insert. */
export const GAP_LEFT_BOUNDARY = '以及和与、,,。;:的在对把将为用是坚持贯彻学习落实深入全面认真\n "“';
