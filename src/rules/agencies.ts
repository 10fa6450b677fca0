// The unit registry: government departments by canonical name, with the aliases and
// abbreviations plans and reports use for them (市编办 = 市委编办 = 机构编制委员会办公室).
// Names are written without the level prefix (市/县/区/省, or a place name), which the
// matcher strips. Data only; plan/units.ts applies it.

export interface AgencyDef {
  id: string;
  /** canonical name, without level prefix */
  name: string;
  aliases: string[];
  /** the official full name where it differs from `name` (人民政府办公室 for 政府办公室) */
  official?: string;
}

/** Where a name says its own area's level (全面依法治{级}委员会): filled with the unit's level word
 *  (区委… → 依法治区), else the one the written name gives (依法治县办 → 县), else 市. */
export const LEVEL_SLOT = "{级}";

export const AGENCIES: AgencyDef[] = [
  { id: "party-office", name: "委办公室", aliases: ["委办公厅", "委办", "委员会办公室"] },
  {
    id: "gov-office",
    name: "政府办公室",
    official: "人民政府办公室",
    aliases: ["政府办公厅", "政府办", "府办", "人民政府办公室", "人民政府办公厅"],
  },
  {
    id: "law-office",
    // the committee is its area's: 依法治市 for a city, 依法治区 for a district (LEVEL_SLOT)
    name: "委全面依法治{级}委员会办公室",
    aliases: [
      "委全面依法治市委员会办公室",
      "委全面依法治县委员会办公室",
      "委全面依法治区委员会办公室",
      "委全面依法治省委员会办公室",
      "委法治办",
      "委依法治市办",
      "依法治市办",
      "委依法治县办",
      "依法治县办",
      "委依法治区办",
      "依法治区办",
      "依法治省办",
      "法治办",
    ],
  },
  {
    id: "staffing",
    name: "委机构编制委员会办公室",
    aliases: ["编办", "委编办", "机构编制委员会办公室", "编委办", "机构编制办公室"],
  },
  { id: "organization", name: "委组织部", aliases: ["组织部"] },
  { id: "publicity", name: "委宣传部", aliases: ["宣传部"] },
  { id: "united-front", name: "委统战部", aliases: ["统战部"] },
  { id: "political-legal", name: "委政法委员会", aliases: ["委政法委", "政法委"] },
  {
    id: "cyberspace",
    name: "委网络安全和信息化委员会办公室",
    aliases: ["网信办", "委网信办", "互联网信息办公室"],
  },
  { id: "civilization", name: "委精神文明建设委员会办公室", aliases: ["文明办", "委文明办"] },
  { id: "comprehensive-governance", name: "社会治安综合治理委员会办公室", aliases: ["综治办", "委综治办"] },
  { id: "inspection-office", name: "委督查室", aliases: ["委督查室", "督查室"] },
  { id: "gov-inspection-office", name: "政府督查室", aliases: ["政府督查室"] },
  { id: "supervision", name: "监察委员会", aliases: ["监委", "纪委监委", "纪委", "监察委"] },
  { id: "congress", name: "人大常委会", aliases: ["人民代表大会常务委员会", "人大"] },
  // the standing committee's legislative affairs commission, which reviews filed normative
  // documents (备案审查) with the government's 司法局
  {
    id: "congress-legal",
    name: "人大常委会法制工作委员会",
    aliases: ["人大常委会法工委", "人大法工委", "人民代表大会常务委员会法制工作委员会", "人大常委会法制委"],
  },
  // the office that runs the annual performance assessment (年度考核, 目标考核) into which
  // rule-of-law building is scored; party and government share it (市委市政府考核办)
  {
    id: "assessment",
    name: "考核办公室",
    aliases: [
      "考核办",
      "委考核办",
      "委考核办公室",
      "考核委员会办公室",
      "考核委办公室",
      "目标考核办",
      "目标管理考核办公室",
      "绩效考核办",
      "绩效考核办公室",
      "考评办",
    ],
  },
  { id: "cppcc", name: "政协", aliases: ["政协委员会"] },
  { id: "court", name: "人民法院", aliases: ["法院", "中级人民法院", "中院"] },
  { id: "procuratorate", name: "人民检察院", aliases: ["检察院"] },
  { id: "justice", name: "司法局", aliases: ["司法局", "司法厅"] },
  { id: "legal-affairs", name: "政府法制办公室", aliases: ["法制办", "政府法制办", "法制办公室"] },
  {
    id: "development-reform",
    name: "发展和改革委员会",
    aliases: ["发改委", "发展改革委", "发展改革局", "发改局", "发展和改革局"],
  },
  {
    id: "industry-it",
    name: "工业和信息化局",
    aliases: ["经信委", "经济和信息化委员会", "经信局", "工信局", "工业和信息化委员会"],
  },
  { id: "education", name: "教育局", aliases: ["教育委员会", "教委", "教育和体育局", "教体局"] },
  { id: "science", name: "科学技术局", aliases: ["科技局"] },
  // a district's police is the city bureau's branch there (区公安分局)
  { id: "public-security", name: "公安局", aliases: ["公安局", "公安厅", "公安分局"] },
  // traffic police: a city bureau's 支队, a county's or district's 大队
  {
    id: "traffic-police",
    name: "公安局交通警察支队",
    aliases: ["公安局交警支队", "交警支队", "交通警察支队", "公安交警支队", "公安局交通管理支队"],
  },
  {
    id: "traffic-police-brigade",
    name: "公安局交通警察大队",
    aliases: ["公安局交警大队", "交警大队", "交通警察大队", "公安交警大队", "公安分局交警大队"],
  },
  { id: "civil-affairs", name: "民政局", aliases: ["民政局"] },
  { id: "finance", name: "财政局", aliases: ["财政局", "财政厅"] },
  {
    id: "human-resources",
    name: "人力资源和社会保障局",
    aliases: ["人社局", "人力资源社会保障局", "人力社保局"],
  },
  {
    id: "natural-resources",
    name: "自然资源和规划局",
    aliases: ["自然资源局", "规划和自然资源局", "国土局", "国土资源局"],
  },
  // a county's or district's environment authority is the city bureau's branch there (生态环境分局)
  { id: "ecology", name: "生态环境局", aliases: ["环保局", "环境保护局", "生态环境分局"] },
  {
    id: "housing",
    name: "住房和城乡建设局",
    aliases: ["住建局", "住房城乡建设局", "住建委", "住房和城乡建设委员会"],
  },
  { id: "transport", name: "交通运输局", aliases: ["交通局"] },
  { id: "water", name: "水利局", aliases: ["水务局"] },
  { id: "agriculture", name: "农业农村局", aliases: ["农业局", "农委"] },
  { id: "commerce", name: "商务局", aliases: ["商务局"] },
  {
    id: "culture",
    name: "文化和旅游局",
    // merged bureaus keep culture first in their name (县文化旅游体育局, 市文化广电旅游局)
    aliases: [
      "文化局",
      "文旅局",
      "文化旅游局",
      "文广新局",
      "文化旅游体育局",
      "文化广电旅游局",
      "文化广电和旅游局",
    ],
  },
  {
    id: "health",
    name: "卫生健康委员会",
    aliases: ["卫健委", "卫生健康委", "卫计委", "卫生和计划生育委员会", "卫生计生委", "卫生局"],
  },
  { id: "emergency", name: "应急管理局", aliases: ["应急局", "安监局", "安全生产监督管理局"] },
  { id: "audit", name: "审计局", aliases: ["审计局"] },
  { id: "sasac", name: "国有资产监督管理委员会", aliases: ["国资委"] },
  {
    id: "market-regulation",
    name: "市场监督管理局",
    aliases: [
      "市场监管局",
      "工商局",
      "工商行政管理局",
      "质监局",
      "质量技术监督局",
      "食药监局",
      "食品药品监督管理局",
      // a district's market regulator is the city bureau's branch there (区市场监管分局)
      "市场监管分局",
      "市场监督管理分局",
    ],
  },
  { id: "statistics", name: "统计局", aliases: ["统计局"] },
  { id: "medical-insurance", name: "医疗保障局", aliases: ["医保局"] },
  { id: "petitions", name: "信访局", aliases: ["信访局", "信访办"] },
  {
    id: "urban-management",
    name: "城市管理局",
    // 综合行政执法局 took over the 城管 bureaus where enforcement was merged (浙江)
    aliases: [
      "城管局",
      "城市管理综合执法局",
      "城市管理和综合执法局",
      "综合行政执法局",
      "综合执法局",
      "城管执法局",
      "城市管理执法局",
    ],
  },
  {
    id: "administrative-approval",
    name: "行政审批服务管理局",
    aliases: [
      "政务服务中心",
      "政务服务管理局",
      "行政审批局",
      "行政审批服务局",
      "政务服务和大数据管理局",
      "数据局",
      "政务服务和数据管理局",
      "政数局",
      // the data bureaus that took over government services (安徽 数据资源局, 重庆 大数据发展局,
      // 河北 数据和政务服务局, 广东 政务服务数据管理局)
      "数据资源局",
      "大数据发展局",
      "大数据发展管理局",
      "大数据局",
      "数据和政务服务局",
      "政务服务数据管理局",
    ],
  },
  { id: "taxation", name: "税务局", aliases: ["国税局", "地税局", "国家税务局", "地方税务局"] },
  { id: "pbc", name: "人民银行", aliases: ["人民银行", "人行", "人民银行中心支行"] },
  { id: "poverty", name: "乡村振兴局", aliases: ["扶贫办", "扶贫开发办公室"] },
  { id: "veterans", name: "退役军人事务局", aliases: [] },
  { id: "forestry", name: "林业局", aliases: [] },
  { id: "fire", name: "消防救援支队", aliases: ["消防救援大队", "消防支队"] },
  { id: "gov-info-center", name: "政府信息中心", aliases: ["信息中心"] },
  { id: "news-center", name: "新闻中心", aliases: [] },
  { id: "party-school", name: "委党校", aliases: ["党校", "行政学院", "委党校(行政学院)"] },
  // units plans often name besides the departments: media, archives, party offices, people's
  // organisations and public service centres
  { id: "media-center", name: "融媒体中心", aliases: ["融媒中心", "广播电视台"] },
  { id: "archives", name: "档案馆", aliases: ["档案局", "委档案局"] },
  {
    id: "finance-regulation",
    name: "地方金融监督管理局",
    aliases: ["地方金融监管局", "金融办", "金融工作办公室", "金融工作局"],
  },
  {
    id: "civil-defense",
    name: "国防动员办公室",
    aliases: ["国动办", "人防办", "人民防空办公室", "人防办公室"],
  },
  { id: "meteorology", name: "气象局", aliases: [] },
  { id: "supply-coop", name: "供销合作社", aliases: ["供销社", "供销合作社联合社"] },
  { id: "trade-union", name: "总工会", aliases: [] },
  {
    id: "youth-league",
    name: "团委",
    aliases: ["团市委", "团县委", "团区委", "团省委", "团州委", "共青团委"],
  },
  { id: "women-federation", name: "妇女联合会", aliases: ["妇联"] },
  { id: "disabled-federation", name: "残疾人联合会", aliases: ["残联"] },
  { id: "commerce-federation", name: "工商业联合会", aliases: ["工商联"] },
  { id: "returned-overseas", name: "归国华侨联合会", aliases: ["侨联"] },
  { id: "science-association", name: "科学技术协会", aliases: ["科协"] },
  { id: "literary-federation", name: "文学艺术界联合会", aliases: ["文联"] },
  { id: "red-cross", name: "红十字会", aliases: [] },
  { id: "law-society", name: "法学会", aliases: [] },
  { id: "secrecy", name: "保密局", aliases: ["委保密办", "保密办", "国家保密局"] },
  { id: "ethnic-religious", name: "民族宗教事务局", aliases: ["民宗局", "民族宗教局", "民族和宗教事务局"] },
  { id: "foreign-affairs", name: "外事办公室", aliases: ["外办", "委外办", "外事办"] },
  { id: "government-affairs", name: "机关事务管理局", aliases: ["机关事务局", "机关事务服务中心"] },
  {
    id: "reform-office",
    name: "委全面深化改革委员会办公室",
    aliases: ["委改革办", "改革办", "委深改办", "深改办"],
  },
  { id: "inspection-tour", name: "委巡察工作领导小组办公室", aliases: ["委巡察办", "巡察办"] },
  { id: "policy-research", name: "委政策研究室", aliases: ["委政研室", "政研室"] },
  { id: "veteran-cadres", name: "委老干部局", aliases: ["老干部局"] },
  { id: "taiwan-affairs", name: "委台湾工作办公室", aliases: ["委台办", "台办"] },
  { id: "sports", name: "体育局", aliases: ["体育事业发展中心"] },
  { id: "housing-fund", name: "住房公积金管理中心", aliases: ["公积金中心", "住房公积金中心"] },
  {
    id: "business-environment",
    name: "营商环境建设局",
    aliases: ["营商环境局", "营商局", "营商环境建设监督局"],
  },
  { id: "grain-reserve", name: "粮食和物资储备局", aliases: ["粮食局", "发展改革委(粮食和物资储备局)"] },
  { id: "postal", name: "邮政管理局", aliases: [] },
  { id: "tobacco", name: "烟草专卖局", aliases: ["烟草专卖局(公司)"] },
  { id: "notary", name: "公证处", aliases: [] },
  { id: "arbitration", name: "仲裁委员会", aliases: ["仲裁委", "仲裁委员会办公室"] },
  { id: "landscape", name: "园林局", aliases: ["园林绿化局", "城市园林绿化局"] },
  { id: "real-estate-registration", name: "不动产登记中心", aliases: [] },
  { id: "public-resources-trading", name: "公共资源交易中心", aliases: ["公共资源交易服务中心"] },
];

/** Names that stand for many units at once (各县市区政府, 市直各相关单位); a level's units as
 * 区级各行政执法部门, 市级各部门 name them (区级 as 区直 does). */
export const COLLECTIVE =
  /^(各|市直|县直|区直|省直|有关|相关|全市|全县|全区|(省|市|州|县|区)级(各|有关|相关))|各相关|各有关|相关单位|有关单位|相关部门|有关部门|各部门|各单位|(县|县市|县市区|市县|区县|乡镇)(人民)?政府$/;
