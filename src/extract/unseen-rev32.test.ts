// Review of the read32 round on passages it had not seen: numbers inside the name of what a
// clause did (“12·4”, 第3期, G20) are no count of it; the joint report of a new area's Party
// working committee and its administrative committee is the new area's government's.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { read } from "../../test/helpers/passages.ts";

const subjectOf = (lines: string[], quote: string) =>
  read(lines).facts.find((f) => f.quote === quote)?.subject;

describe("the clause before a number that names nothing itself", () => {
  const lines = [
    "长治市2023年法治政府建设年度报告",
    "一、主要工作",
    "（一）普法宣传。组织开展“12·4”国家宪法日宣传活动，3万人次参与。",
    "举办第3期领导干部法治培训班，1200人参加。",
    "组织开展G20峰会安保法治宣传，1.5万人次参与。",
    "开展应急演练326场次，5.6万人次参与。",
    "二、存在的问题",
  ];
  test("a number inside the name of what was done stays in the name", () => {
    assert.match(subjectOf(lines, "3万人次") ?? "", /12·4国家宪法日宣传活动/);
    assert.match(subjectOf(lines, "1200人") ?? "", /第3期领导干部法治培训班/);
    assert.match(subjectOf(lines, "1.5万人次") ?? "", /G20峰会安保法治宣传/);
  });
  test("the count the clause ends with is left out, as before", () => {
    assert.doesNotMatch(subjectOf(lines, "5.6万人次") ?? "", /326/);
  });
});

describe("a new area's Party working committee with its administrative committee", () => {
  const body = ["一、主要工作", "（一）依法行政。全年办理行政复议案件12件。", "二、存在的问题"];
  const meta = (title: string) => {
    const { issuer, region, level, organ } = read([title, ...body]).meta;
    return { issuer, region, level, organ: organ ?? null };
  };
  test("the joint report is the new area's government's (管委会 governs it)", () => {
    assert.deepEqual(meta("雄安新区党工委管委会关于2023年度法治政府建设情况的报告"), {
      issuer: "雄安新区",
      region: "雄安新区",
      level: "city",
      organ: null,
    });
    assert.deepEqual(meta("两江新区党工委 管委会2023年法治政府建设情况报告"), {
      issuer: "两江新区",
      region: "两江新区",
      level: "county",
      organ: null,
    });
    assert.deepEqual(meta("中共贵安新区工作委员会 贵安新区管理委员会关于2023年度法治政府建设情况的报告"), {
      issuer: "贵安新区",
      region: "贵安新区",
      level: "city",
      organ: null,
    });
  });
  test("the Party working committee alone is the Party's, named in full", () => {
    assert.deepEqual(meta("中共贵安新区工作委员会2023年法治建设工作报告"), {
      issuer: "中共贵安新区工作委员会",
      region: "贵安新区",
      level: "city",
      organ: "party",
    });
    assert.deepEqual(meta("雄安新区党工委2023年法治建设工作报告"), {
      issuer: "雄安新区党工委",
      region: "雄安新区",
      level: "city",
      organ: "party",
    });
  });
});

test("an opening sentence whose organ supports the government later is the organ's", () => {
  const lines = [
    "一、主要工作",
    "2023年，长治市人民检察院坚持以习近平法治思想为指导，支持和监督长治市人民政府依法行政。",
    "（一）依法履职。全年办理行政公益诉讼案件12件。",
  ];
  const { issuer, level, organ } = read(lines).meta;
  assert.deepEqual([issuer, level, organ], ["长治市人民检察院", "city", "procuratorate"]);
});

test("a lawsuit count whose note includes or leaves out public-interest cases is still the lawsuits'", () => {
  const lines = [
    "长治市2023年法治政府建设年度报告",
    "一、主要工作",
    "（一）行政应诉。全市发生行政诉讼案件120件（含行政公益诉讼5件），同比下降8%。",
    "全年新收行政诉讼案件（不含公益诉讼）98件，审结行政诉讼案件90件，其中公益诉讼案件3件。",
    "市检察院立案办理公益诉讼案件312件。",
  ];
  const got = read(lines)
    .facts.filter((f) => ["120件", "5件", "98件", "3件", "312件"].includes(f.quote))
    .map((f) => [f.quote, f.indicator]);
  assert.deepEqual(got, [
    ["120件", "litigation.cases"],
    ["5件", null],
    ["98件", "litigation.cases"],
    ["3件", null],
    ["312件", null],
  ]);
});

describe("a government's report delivered at the people's congress (——在某市第十五届人大常委会会议上)", () => {
  const body = [
    "长治市司法局局长 张三",
    "主任、各位副主任、秘书长、各位委员：",
    "受市人民政府委托，现将我市2023年法治政府建设情况报告如下。",
    "一、主要工作",
    "（一）依法行政。全年办理行政复议案件12件。",
  ];
  const meta = (subtitle: string) => {
    const { issuer, region, level, organ } = read([
      "关于2023年度法治政府建设情况的报告",
      subtitle,
      ...body,
    ]).meta;
    return { issuer, region, level, organ: organ ?? null };
  };
  const government = { issuer: "长治市", region: "长治市", level: "city", organ: null };
  test("the session it was delivered at names no issuer: the area's government reports", () => {
    assert.deepEqual(meta("——2024年2月26日在长治市第十五届人民代表大会常务委员会第十次会议上"), government);
    assert.deepEqual(meta("——2024年2月26日在长治市十五届人大常委会第十次会议上"), government);
    assert.deepEqual(meta("——2024年1月10日在长治市第十五届人民代表大会第三次会议上"), government);
  });
});

test("an organ in an opening setting written without 在 (…大力支持下) is no issuer", () => {
  const lines = [
    "2023年度法治政府建设情况报告",
    "2023年，长治市人大常委会、市政协和社会各界大力支持下，全市法治政府建设取得新成效。",
    "一、主要工作",
    "（一）依法行政。全年办理行政复议案件12件。",
  ];
  const { issuer, level, organ } = read(lines).meta;
  assert.deepEqual([issuer, level, organ ?? null], ["长治市", "city", null]);
});

test("a lawsuits row's 纠错率 column is no reconsideration's correction rate", () => {
  const lines = [
    "某区2023年法治政府建设年度报告",
    "一、主要工作",
    "（一）行政复议和应诉情况如下表。",
    "类别\t收到\t受理\t审结\t纠错\t纠错率",
    "行政复议（件）\t120\t110\t100\t12\t12%",
    "行政诉讼（件）\t80\t78\t70\t5\t7.1%",
  ];
  const rates = read(lines)
    .facts.filter((f) => f.unit === "%")
    .map((f) => [f.quote, f.indicator]);
  assert.deepEqual(rates, [
    ["12%", "reconsideration.correction_rate"],
    ["7.1%", null],
  ]);
});

test("a Party committee's department that sends out its own plan stays its issuer", () => {
  const meta = (title: string) => {
    const { issuer, level, organ } = read([
      title,
      "各县（区）委组织部，市直各单位：",
      "现将《工作要点》印发给你们，请认真贯彻落实。",
      "一、加强干部法治教育培训。（责任单位：市委党校）",
    ]).meta;
    return [issuer, level, organ ?? null];
  };
  assert.deepEqual(meta("中共长治市委组织部关于印发《长治市2024年干部教育培训工作要点》的通知"), [
    "中共长治市委组织部",
    "department",
    "party",
  ]);
  // the committee's office for law-based governance sends the area's plan for the area
  assert.deepEqual(
    meta("中共长治市委全面依法治市委员会办公室关于印发《长治市2024年法治政府建设工作要点》的通知"),
    ["长治市", "city", null],
  );
});
