// Official prose that uses the words advertising uses: fighting gambling and pornography, the
// state lotteries, sport, government apps and hotlines, English abbreviations, addresses.
// Sentences are drawn from templates with interchangeable parts, so a test covers the class.
import { prng } from "./hijack-generator.ts";

const FILL: Record<string, readonly string[]> = {
  place: ["全市", "全县", "全区", "全旗", "全州", "我局", "全省"],
  n: ["12", "326", "1.2万", "4800余", "97", "2.6亿"],
  gambling: [
    "网络赌博",
    "跨境赌博",
    "赌博网站",
    "六合彩",
    "私彩",
    "网络私彩",
    "时时彩赌博",
    "赌球",
    "百家乐赌博",
    "赌博推广平台",
  ],
  venue: ["娱乐场所", "游艺娱乐场所", "歌舞娱乐场所", "网吧", "电子游戏厅", "棋牌室"],
  porn: ["淫秽色情信息", "网络低俗色情内容", "涉黄有害信息", "淫秽物品"],
  app: [
    "浙里办",
    "粤省事",
    "随申办",
    "皖事通",
    "闽政通",
    "赣服通",
    "渝快办",
    "秦务员",
    "i深圳",
    "国家反诈中心",
  ],
  abbr: ["5G", "PPP", "AI", "OA", "CA", "GDP", "IPv6", "BIM", "GIS", "ETC", "LED", "ISO 9001"],
  site: [
    "www.hunan.gov.cn",
    "http://www.zhuzhou.gov.cn/zwgk/index.html",
    "https://sfj.yichang.gov.cn",
    "www.gsxt.gov.cn",
  ],
  media: ["视频直播", "在线访谈", "视频点播", "网上直播"],
  sport: ["全民健身运动会", "乡村篮球联赛", "城市马拉松", "足球联赛", "村BA篮球赛", "电子竞技比赛"],
};
const TEMPLATES = [
  "{place}依法打击{gambling}违法犯罪,查处案件{n}起,关停涉赌网站和APP推广账号{n}个。",
  "深入开展打击治理{gambling}专项行动,侦破案件{n}起,冻结涉赌资金{n}元。",
  "会同网信部门清理{porn}{n}条,查处{venue}违规经营{n}家。",
  "开展“扫黄打非”进基层活动,检查{venue}{n}家次,收缴非法出版物{n}件。",
  "依托“{app}”APP,{place}{n}项政务服务事项实现掌上办,APP下载注册用户突破{n}人。",
  "引导群众下载安装“{app}”APP,全年推送预警信息{n}条。",
  "推进{abbr}技术在政务服务中的应用,建成{abbr}应用场景{n}个。",
  "在政府门户网站({site})开设法治政府建设专栏,主动公开信息{n}条。",
  "举办{sport}等体育赛事{n}场,体育彩票销售{n}元,筹集彩票公益金{n}元。",
  "提醒群众通过合法渠道购买体育彩票和福利彩票,不要在境外网站、非法APP上购彩。",
  "群众可通过“{app}”平台在线观看庭审直播,全年直播庭审{n}场。",
  "12345政务服务便民热线受理诉求{n}件,办结率99.{n}%。",
  "组织开展成人教育和社区教育培训{n}场,推进国产化替代和精品工程建设。",
  "举办{sport},搭建全民健身平台和体育赛事服务平台,吸引{n}人次参与。",
  "网站首页|政务公开|办事服务|互动交流|{media}|APP下载",
  "手机版 | 无障碍 | 长者模式 | 政务APP下载 | {media} | English",
  "扫码下载“{app}”APP 关注官方微信 官方微博",
  "官方网站:{site} 官方微信:{place}发布 官方APP:{app}",
  "推出“法治{media}间”栏目,在线观看人数达到{n}人次,APP下载量{n}次。",
  "相关链接:中国政府网 国家政务服务平台 省政府网站 体育彩票官方网站 福利彩票发行中心",
];

/** `count` official sentences drawn with the given seed. */
export function officialSentences(seed: number, count: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const template = TEMPLATES[k % TEMPLATES.length];
    out.push(
      template.replace(/\{(\w+)\}/g, (_, key: string) => FILL[key][Math.floor(rand() * FILL[key].length)]),
    );
  }
  return out;
}
