// The read34 round, on openings and headers no rule was written from: who issues a report when
// its subject is the Party committee (宝鸡市委坚持…), a court or procuratorate of a district whose
// name is an ordinary word (长治市城区, 阳泉市郊区, 济南市市中区), a development zone's 管委会 the
// division list does not hold, a county written with its level again (洋县县委), a vertical
// department (国家税务总局…税务局), and a former division's name (宁乡县, 株洲县).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const body = ["一、主要举措和成效", "（一）加强组织领导。常务会议专题学法6次。", "二、存在的不足"];

/** issuer, region, level, organ (none for a government or department), division code */
type Read = [
  issuer: string | null,
  region: string | null,
  level: string | null,
  organ?: string,
  code?: string,
];

const readOf = (lines: string[]): Read => {
  const m = read(lines.length > 1 ? lines : [...lines, ...body]).meta;
  const out: Read = [m.issuer, m.region, m.level];
  if (m.organ || m.division?.code) out.push(m.organ ?? "");
  if (m.division?.code) out.push(m.division.code);
  return out;
};

const check = (cases: Array<[string[], Read]>) => {
  for (const [lines, expected] of cases) assert.deepEqual(readOf(lines), expected, lines.join(" / "));
};

describe("the Party committee as the opening sentence's subject", () => {
  test("the committee issues, not the government of its area", () => {
    check([
      [
        ["2023年，汉中市委坚持以习近平法治思想为指导，统筹推进法治汉中建设。"],
        ["汉中市委", "汉中市", "city", "party", "610700"],
      ],
      [
        ["2022年，中共安康市委深入学习贯彻习近平法治思想，全面推进法治安康建设。"],
        ["中共安康市委", "安康市", "city", "party", "610900"],
      ],
      // past a setting clause
      [
        ["2023年，在省委、市委的坚强领导下，平利县委认真履行法治建设领导职责。"],
        ["平利县委", "平利县", "county", "party", "610926"],
      ],
      [
        ["2024年，渭滨区委深入学习贯彻习近平法治思想，全面推进法治渭滨建设。"],
        ["渭滨区委", "渭滨区", "county", "party", "610302"],
      ],
      [
        ["今年以来，西乡县委深入学习贯彻习近平法治思想，全面推进依法治县。"],
        ["西乡县委", "西乡县", "county", "party", "610724"],
      ],
      [
        [
          "2023年是全面贯彻党的二十大精神的开局之年。陕西省委坚持以习近平法治思想为指导，统筹推进法治陕西建设。",
        ],
        ["陕西省委", "陕西省", "province", "party", "610000"],
      ],
      // the level written again, as county papers often do
      [
        ["2024年，洋县县委认真贯彻落实中央、省委和市委关于法治建设的决策部署。"],
        ["洋县县委", "洋县", "county", "party", "610723"],
      ],
    ]);
  });
  test("the committee with the government is the government's report; a committee named on the way is no subject", () => {
    check([
      [
        ["2023年，宝鸡市委、市政府坚持以习近平法治思想为指导，统筹推进法治宝鸡建设。"],
        ["宝鸡市", "宝鸡市", "city", "", "610300"],
      ],
      [
        ["2023年，在咸阳市委的坚强领导下，咸阳市坚持依法行政，法治政府建设取得新成效。"],
        ["咸阳市", "咸阳市", "city", "", "610400"],
      ],
      [
        ["2023年，府谷县县政府坚持依法行政，各项工作取得新成效。"],
        ["府谷县", "府谷县", "county", "", "610822"],
      ],
    ]);
  });
  test("one of the committee's departments is a department of the committee", () => {
    check([
      [
        ["2023年，渭南市委组织部坚持以习近平法治思想为指导，扎实推进依法行政。"],
        ["渭南市委组织部", "渭南市", "department", "party", "610500"],
      ],
      [
        [
          "2024年，市委政法委坚持以习近平法治思想为指导，全力推进平安铜川、法治铜川建设。铜川市委政法委牵头。",
        ],
        ["铜川市委政法委", "铜川市", "department", "party", "610200"],
      ],
      [
        ["2023年，区委宣传部深入学习宣传贯彻习近平法治思想，扎实开展普法工作。雁塔区普法成效明显。"],
        ["雁塔区委宣传部", "雁塔区", "department", "party", "610113"],
      ],
    ]);
  });
});

describe("the CPPCC named around its area as the opening sentence's subject", () => {
  test("it issues where it opens the clause; named in a setting it does not", () => {
    check([
      [
        ["2023年，政协汉中市委员会坚持以习近平法治思想为指导，积极履行民主监督职能。"],
        ["政协汉中市委员会", "汉中市", "city", "cppcc", "610700"],
      ],
      [
        ["2024年，中国人民政治协商会议留坝县委员会认真履行政治协商、民主监督职能。"],
        ["中国人民政治协商会议留坝县委员会", "留坝县", "county", "cppcc", "610729"],
      ],
      // a county of one character and its level, after 政协
      [
        ["2024年，政协勉县委员会认真履行政治协商、民主监督职能。"],
        ["政协勉县委员会", "勉县", "county", "cppcc", "610725"],
      ],
      [
        ["2023年，在政协汉中市委员会的民主监督下，汉中市坚持依法行政，法治政府建设取得新成效。"],
        ["汉中市", "汉中市", "city", "", "610700"],
      ],
    ]);
  });
});

describe("a district whose name is an ordinary word, after its city", () => {
  test("its court, procuratorate, government and department are the district's", () => {
    check([
      [
        ["2023年，晋城市城区人民法院坚持以习近平法治思想为指导，依法履行审判职能。"],
        ["城区人民法院", "城区", "county", "court", "140502"],
      ],
      [
        ["2022年，济南市市中区人民法院始终坚持司法为民、公正司法工作主线。"],
        ["市中区人民法院", "市中区", "county", "court", "370103"],
      ],
      [
        ["2023年，阳泉市郊区人民检察院积极履行法律监督职能，助推法治郊区建设。"],
        ["郊区人民检察院", "郊区", "county", "procuratorate", "140311"],
      ],
      [
        ["2023年，攀枝花市东区人民检察院坚持以习近平法治思想为指导，依法履行法律监督职责。"],
        ["东区人民检察院", "东区", "county", "procuratorate", "510402"],
      ],
      [
        ["2023年，铜陵市郊区人民政府认真贯彻落实法治政府建设实施纲要。"],
        ["郊区", "郊区", "county", "", "340711"],
      ],
      [
        ["2023年，西安市新城区人民法院坚持以习近平法治思想为指导，依法公正审理各类案件。"],
        ["新城区人民法院", "新城区", "county", "court", "610102"],
      ],
      [
        ["2023年，内江市市中区司法局坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["市中区司法局", "市中区", "department", "", "511002"],
      ],
      [
        ["西宁市城中区司法局2024年法治政府建设年度报告", "2024年，我局坚持依法行政。", ...body],
        ["城中区司法局", "城中区", "department", "", "630103"],
      ],
    ]);
  });
  test("a former one (长治市城区, 2018 潞州区) is the place it was, then its successor", () => {
    const before = read([
      "长治市城区人民法院2017年法治建设工作报告",
      "2017年，我院坚持公正司法。",
      ...body,
    ]).meta;
    assert.deepEqual(
      [
        before.issuer,
        before.region,
        before.level,
        before.organ,
        before.division?.code,
        before.division?.parent?.name,
      ],
      ["城区人民法院", "城区", "county", "court", null, "长治市"],
    );
    check([
      [
        ["2019年，长治市城区人民法院坚持以习近平法治思想为指导，依法公正审理各类案件。"],
        ["城区人民法院", "潞州区", "county", "court", "140403"],
      ],
      [["2017年，大同市南郊区人民政府坚持依法行政，各项工作稳步推进。"], ["南郊区", "南郊区", "county"]],
    ]);
  });
  test("the name alone, or after a city that has no such district, is a word", () => {
    check([
      [
        ["2023年，宝鸡市城区道路改造全面完成，宝鸡市坚持依法行政，法治政府建设取得新成效。"],
        ["宝鸡市", "宝鸡市", "city", "", "610300"],
      ],
      [
        ["2023年，主城区综合执法改革全面完成，渭南市坚持依法行政。"],
        ["渭南市", "渭南市", "city", "", "610500"],
      ],
    ]);
  });
});

describe("a development zone the division list does not hold", () => {
  test("its 管委会 issues at a county's level, of no division", () => {
    check([
      [
        ["2023年，高新区管委会坚持以习近平法治思想为指导，全面推进依法行政。宝鸡市"],
        ["高新区管委会", null, "county"],
      ],
      [
        ["2024年，汉中经济技术开发区管委会深入学习贯彻习近平法治思想，持续优化法治化营商环境。"],
        ["汉中经济技术开发区管委会", null, "county"],
      ],
      // after its city's name: the zone's, not the city government's
      [
        ["2023年，咸阳市高新区管委会全面推进依法行政，营商环境持续优化。"],
        ["咸阳市高新区管委会", null, "county"],
      ],
      [
        ["2024年，经开区党工委管委会深入学习贯彻习近平法治思想，全面推进依法行政。"],
        ["经开区党工委管委会", null, "county"],
      ],
      // zones of other names: an investment zone, a new town, a scenic area
      [
        ["2023年，漳州台商投资区管委会坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["漳州台商投资区管委会", null, "county"],
      ],
      [
        ["2024年，沣东新城管委会着力优化法治化营商环境，全面推进依法行政。"],
        ["沣东新城管委会", null, "county"],
      ],
      [
        ["黄山风景区管理委员会2023年法治政府建设工作报告", "2023年，我委坚持依法行政。", ...body],
        ["黄山风景区管理委员会", null, "county"],
      ],
      // signed by the Party working committee and the governing body jointly: the government's
      [
        [
          "2023年度法治政府建设工作报告",
          "2023年，我区坚持依法行政，各项工作取得新成效。",
          ...body,
          "中共宝鸡高新区工作委员会 宝鸡高新区管理委员会",
          "2024年3月1日",
        ],
        ["宝鸡高新区管理委员会", null, "county"],
      ],
      [
        [
          "2023年度法治建设工作报告",
          "2023年，我委坚持依法执政，各项工作取得新成效。",
          ...body,
          "中共宝鸡高新区工作委员会",
          "2024年3月1日",
        ],
        ["中共宝鸡高新区工作委员会", null, "county", "party"],
      ],
      [
        ["2023年，经开区党工委、管委会坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["经开区党工委、管委会", null, "county"],
      ],
      // its Party working committee alone is a Party organ
      [
        ["2023年，经开区党工委坚持以习近平法治思想为指导，全面推进依法治区。"],
        ["经开区党工委", null, "county", "party"],
      ],
      // signed under the text
      [
        [
          "关于2023年法治政府建设情况的报告",
          "2023年，我区坚持依法行政，各项工作取得成效。",
          ...body,
          "榆林高新技术产业开发区管理委员会",
          "2024年3月1日",
        ],
        ["榆林高新技术产业开发区管理委员会", null, "county"],
      ],
    ]);
  });
  test("a zone the list holds stays its area; several zones named together are no issuer", () => {
    check([
      [
        ["2023年，苏州工业园区管委会坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["苏州工业园区", "苏州工业园区", "county", "", "320576"],
      ],
      [
        ["2023年，雄安新区管委会坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["雄安新区", "雄安新区", "city"],
      ],
      [
        ["2022年，在市委、市政府的坚强领导下，各开发区管委会认真落实法治政府建设要求。株洲市"],
        ["株洲市", "株洲市", "city", "", "430200"],
      ],
    ]);
  });
});

describe("a former division's name: the issuer as the document writes it, the region for its year", () => {
  test("a department and a government that sign with the old name keep it; the region is the successor's", () => {
    check([
      [
        ["宁乡县司法局关于2017年度法治政府建设工作情况的报告", "2017年，我局坚持依法行政。", ...body],
        ["宁乡县司法局", "宁乡市", "department", "", "430182"],
      ],
      [
        ["宁乡县人民政府关于2017年法治政府建设情况的报告", "2017年，宁乡县坚持依法行政。", ...body],
        ["宁乡县", "宁乡市", "county", "", "430182"],
      ],
      [
        ["2023年，大同市矿区人民政府坚持依法行政，法治政府建设取得新成效。"],
        ["矿区", "云冈区", "county", "", "140214"],
      ],
      // before the change, the place it was (no code: retired with it)
      [
        ["宁乡县人民政府关于2016年法治政府建设情况的报告", "2016年，宁乡县坚持依法行政。", ...body],
        ["宁乡县", "宁乡县", "county"],
      ],
    ]);
  });
  test("a text that calls the name former (原平泉县) is the successor's", () => {
    check([
      [
        [
          "关于2018年法治政府建设工作情况的报告",
          "2018年，我市（原平泉县）深入推进依法行政，平泉撤县设市后各项工作平稳衔接。",
        ],
        ["平泉市", "平泉市", "county", "", "130881"],
      ],
    ]);
  });
});

describe("one verb table for where a subject ends and whether a place goes on as the subject", () => {
  // the subject ended only at 坚持, 深入…; before 着力, 切实, 大力 the name ran on to the next word
  // that ends a department's name (…监督中心, …管理局)
  test("a department named by its level ends at any subject verb", () => {
    check([
      [
        ["2023年，市司法局着力推进行政执法协调监督中心建设，全面提升执法水平。宝鸡市"],
        ["宝鸡市司法局", "宝鸡市", "department", "", "610300"],
      ],
      [
        ["2024年，县财政局切实履行国有资产管理局职责，依法理财。镇巴县"],
        ["镇巴县财政局", "镇巴县", "department", "", "610728"],
      ],
      [
        ["2023年，区市场监督管理局大力推进信用监管中心建设。未央区"],
        ["未央区市场监督管理局", "未央区", "department", "", "610112"],
      ],
    ]);
  });
});

describe("a department's name followed by a verb no table lists", () => {
  test("the department alone, not the words up to the next name's ending", () => {
    check([
      [
        ["2023年，市司法局紧盯行政执法协调监督中心建设，全面提升执法水平。宝鸡市"],
        ["宝鸡市司法局", "宝鸡市", "department", "", "610300"],
      ],
      [
        ["2024年，县司法局强化公共法律服务中心建设，全面提升服务水平。旬阳市"],
        ["旬阳市司法局", "旬阳市", "department", "", "610981"],
      ],
    ]);
  });
  test("a unit under a department, up to a verb or the title's year, is one name", () => {
    check([
      [
        ["2023年，宝鸡市交通运输局综合执法支队坚持依法行政，执法规范化水平持续提升。"],
        ["宝鸡市交通运输局综合执法支队", "宝鸡市", "department", "", "610300"],
      ],
      [
        ["汉中市公安局交通警察支队2023年法治建设工作报告", "2023年，我支队坚持依法行政。", ...body],
        ["汉中市公安局交通警察支队", "汉中市", "department", "", "610700"],
      ],
    ]);
  });
});

describe("headers: an information box and a signature naming other organs", () => {
  const untitled = (opening: string, signature: string) => [
    "关于2023年度法治建设工作情况的报告",
    opening,
    ...body,
    signature,
    "2024年2月28日",
  ];
  test("each names its organ, of its area and level", () => {
    check([
      [
        [
          "发文机关：中共凤县县委",
          "关于2023年度法治建设工作情况的报告",
          "2023年，县委坚持依法执政，各项工作取得新成效。",
          ...body,
        ],
        ["中共凤县县委", "凤县", "county", "party", "610330"],
      ],
      [
        untitled("2023年，我部坚持依法办事，各项工作取得新成效。", "中共千阳县委组织部"),
        ["中共千阳县委组织部", "千阳县", "department", "party", "610328"],
      ],
      [
        untitled("2023年，我院坚持公正司法，各项工作取得新成效。", "凤翔区人民法院"),
        ["凤翔区人民法院", "凤翔区", "county", "court", "610305"],
      ],
      [
        untitled("2023年，我委坚持依法履职，各项工作取得新成效。", "太白县人大常委会"),
        ["太白县人大常委会", "太白县", "county", "congress", "610331"],
      ],
      [
        untitled("2023年，我院坚持依法监督，各项工作取得新成效。", "晋城市城区人民检察院"),
        ["城区人民检察院", "城区", "county", "procuratorate", "140502"],
      ],
    ]);
  });
});

describe("openings of departments, governments, townships and other organs at every level", () => {
  test("each reads as the organ its subject names", () => {
    check([
      [
        ["2023年，甘肃省司法厅坚持以习近平法治思想为指导，全面履行法治政府建设推进职责。"],
        ["甘肃省司法厅", "甘肃省", "department", "", "620000"],
      ],
      [
        ["浙江省自然资源厅2024年法治政府建设年度报告", "2024年，我厅坚持依法行政。", ...body],
        ["浙江省自然资源厅", "浙江省", "department", "", "330000"],
      ],
      [
        ["2022年，省生态环境厅深入学习贯彻习近平法治思想，推动江西省生态环境保护工作在法治轨道上运行。"],
        ["江西省生态环境厅", "江西省", "department", "", "360000"],
      ],
      [
        ["2023年，内蒙古自治区林业和草原局认真贯彻落实党中央决策部署，扎实推进依法行政。"],
        ["内蒙古自治区林业和草原局", "内蒙古自治区", "department", "", "150000"],
      ],
      [
        ["2023年，国家税务总局宝鸡市税务局坚持以习近平法治思想为指导，全面推进依法治税。"],
        ["国家税务总局宝鸡市税务局", "宝鸡市", "department", "", "610300"],
      ],
      [
        ["2023年，汉阴县市场监督管理局扎实推进依法行政，持续优化营商环境。"],
        ["汉阴县市场监督管理局", "汉阴县", "department", "", "610921"],
      ],
      [
        ["2024年，岚皋县民政局着力推进依法行政，各项工作取得新成效。"],
        ["岚皋县民政局", "岚皋县", "department", "", "610925"],
      ],
      [
        ["2023年，宁陕县坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作。"],
        ["宁陕县", "宁陕县", "county", "", "610923"],
      ],
      [
        ["2024年，在市委、市政府的坚强领导下，凤县人民政府认真贯彻落实法治政府建设实施纲要。"],
        ["凤县", "凤县", "county", "", "610330"],
      ],
      [
        ["2022年以来，勐海县人民政府始终坚持把法治政府建设作为全局性工作来抓。"],
        ["勐海县", "勐海县", "county", "", "532822"],
      ],
      [
        ["2023年，长阳土家族自治县坚持以习近平法治思想为指导，全面推进依法治县。"],
        ["长阳土家族自治县", "长阳土家族自治县", "county", "", "420528"],
      ],
      [
        ["2023年，鄂托克前旗全面推进依法行政，法治政府建设取得新进展。"],
        ["鄂托克前旗", "鄂托克前旗", "county", "", "150623"],
      ],
      [
        ["2023年，城关镇党委、政府坚持以习近平法治思想为指导，扎实推进法治乡镇建设。"],
        ["城关镇", "城关镇", "township"],
      ],
      [
        ["2024年，金鸡街道办事处坚持以习近平法治思想为指导，全面推进依法行政。"],
        ["金鸡街道", "金鸡街道", "township"],
      ],
      [["2023年，红星乡人民政府坚持依法行政，法治建设各项工作稳步推进。"], ["红星乡", "红星乡", "township"]],
      [
        ["2023年，西安市中级人民法院坚持以习近平法治思想为指导，充分发挥审判职能作用。"],
        ["西安市中级人民法院", "西安市", "city", "court", "610100"],
      ],
      [
        ["陕西省高级人民法院2023年度法治建设工作报告", "2023年，全省法院坚持公正司法。", ...body],
        ["陕西省高级人民法院", "陕西省", "province", "court", "610000"],
      ],
      [
        ["2024年，汉滨区人民法院认真贯彻落实上级决策部署，依法公正高效审理各类案件。"],
        ["汉滨区人民法院", "汉滨区", "county", "court", "610902"],
      ],
      [
        ["2023年，宝鸡市人民检察院坚持以习近平法治思想为指导，依法履行法律监督职能。"],
        ["宝鸡市人民检察院", "宝鸡市", "city", "procuratorate", "610300"],
      ],
      [
        ["2024年，紫阳县人民检察院全面履行法律监督职责，服务保障县域经济社会高质量发展。"],
        ["紫阳县人民检察院", "紫阳县", "county", "procuratorate", "610924"],
      ],
      [
        ["江苏省人民检察院关于2023年度法治建设工作情况的报告", "2023年，全省检察机关坚持依法监督。", ...body],
        ["江苏省人民检察院", "江苏省", "province", "procuratorate", "320000"],
      ],
      [
        ["2023年，榆林市人大常委会坚持以习近平法治思想为指导，依法行使立法权、监督权。"],
        ["榆林市人大常委会", "榆林市", "city", "congress", "610800"],
      ],
      [
        ["2024年，府谷县人大常委会认真落实县委决策部署，依法履行监督职责。"],
        ["府谷县人大常委会", "府谷县", "county", "congress", "610822"],
      ],
      [
        ["湖北省人民代表大会常务委员会2023年法治建设情况报告", "2023年，省人大常委会坚持依法立法。", ...body],
        ["湖北省人民代表大会常务委员会", "湖北省", "province", "congress", "420000"],
      ],
      [
        [
          "中共商洛市委全面依法治市委员会办公室2023年工作总结",
          "2023年，市委依法治市办坚持统筹协调。",
          ...body,
        ],
        ["中共商洛市委全面依法治市委员会办公室", "商洛市", "city", "party", "611000"],
      ],
      // a setting clause whose organ lends its support is no subject (…大力支持下)
      [
        ["2023年，市人大常委会大力支持下，区司法局坚持依法行政，法治建设取得新成效。榆阳区司法局牵头。"],
        ["榆阳区司法局", "榆阳区", "department", "", "610802"],
      ],
    ]);
  });
});
