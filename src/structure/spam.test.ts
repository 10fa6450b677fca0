// Hijacked pages, by class: brands in the issuer's place, advertising in a formula's slot,
// pornographic keyword titles, pinyin injected after characters; and official prose that uses
// the same words without being advertising. Pages are drawn at random from shapes (fixed seeds)
// and read from the fixture folder test/fixtures/spam/ (see its README).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { officialSentences } from "../../test/helpers/clean-generator.ts";
import {
  formulaHijack,
  type GeneratedPage,
  issuerHijack,
  keywordHijack,
  pinyinInjection,
} from "../../test/helpers/hijack-generator.ts";
import { loadSpamCases, type SpamCase, scoreSpam } from "../../test/helpers/spam-fixtures.ts";
import { analyzeText } from "../pipeline.ts";
import type { AnalysisRecord, Span } from "../types.ts";

const source = { path: "t.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const analyze = (text: string) => analyzeText(text, source);
const spamOf = (r: AnalysisRecord) =>
  r.noise.filter((n) => n.kind === "spam").map(({ start, end }) => ({ start, end }));
const SEEDS = Array.from({ length: 40 }, (_, k) => k + 1);

function assertExactly(page: GeneratedPage, label: string) {
  const r = analyze(page.text);
  const found = spamOf(r);
  const shown = (spans: Span[]) => spans.map((s) => page.text.slice(s.start, s.end));
  assert.deepEqual(shown(found), shown(page.spans), label);
  assert.deepEqual(found, page.spans, label);
  assert.ok(r.meta.tampering, `${label}: page-level verdict`);
  assert.ok(
    r.findings.some((f) => f.rule === "review:hijacked" && f.message.startsWith("此页面疑似被篡改/劫持")),
  );
  return r;
}

describe("hijacked pages drawn from the shapes of real hijacks", () => {
  test("a brand string in the issuer's place (title, body, footer) is spam, exactly, everywhere", () => {
    for (const seed of SEEDS) {
      const r = assertExactly(issuerHijack(seed), `issuer seed ${seed}`);
      assert.equal(r.meta.tampering?.evidence[0].signal, "issuer");
    }
  });
  test("an advertising phrase where 关于 or 印发 stood is spam, and the formula finding names the slot", () => {
    for (const seed of SEEDS) {
      const r = assertExactly(formulaHijack(seed), `formula seed ${seed}`);
      assert.ok(r.findings.some((f) => f.rule === "review:tampered-formula" && f.message.includes("关于")));
    }
  });
  test("a pornographic keyword string as the page title is one spam span", () => {
    for (const seed of SEEDS) {
      const r = assertExactly(keywordHijack(seed), `keywords seed ${seed}`);
      assert.equal(r.meta.tampering?.evidence[0].signal, "keywords");
    }
  });
  test("the issuer and the title are read past the spam", () => {
    const page = issuerHijack(7);
    const r = analyze(page.text);
    assert.ok(
      r.meta.title === null ||
        !page.spans.some((s) => r.meta.title?.includes(page.text.slice(s.start, s.end))),
    );
  });
});

describe("services sold on hijacked pages (invoices, loans, certificates)", () => {
  test("an invoice and loan advertisement inside a report is spam; a report fighting them is not", () => {
    const ad =
      "代开各类发票，增值税专用发票、普通发票代开，点数低，可验证后付款，联系电话13800138000 微信同号。无抵押信用贷款，当天放款。";
    const page = [
      "某县2023年法治政府建设年度报告",
      "一、主要举措",
      "全年办理行政复议案件41件。",
      ad,
      "二、存在的不足",
    ].join("\n");
    const spans = spamOf(analyze(page)).map((s) => page.slice(s.start, s.end));
    assert.ok(
      spans.some((s) => s.includes("代开各类发票") && s.includes("无抵押信用贷款")),
      JSON.stringify(spans),
    );
    const clean = [
      "某县2023年法治政府建设年度报告",
      "县税务局严厉打击代开发票、虚开增值税专用发票等违法行为，查处案件12件。",
      "县金融办开展“无抵押贷款”“当天放款”等网络借贷诈骗宣传，提醒群众警惕黑户贷款骗局。公安机关破获办证刻章、信用卡套现案件5起。",
    ].join("\n");
    assert.deepEqual(spamOf(analyze(clean)), []);
  });
});

describe("official prose with the words advertising uses", () => {
  test("fighting gambling and pornography, state lotteries, sport, government apps, abbreviations, gov.cn sites", () => {
    for (const seed of SEEDS) {
      const text = ["某县2023年法治政府建设年度报告", ...officialSentences(seed, 30)].join("\n");
      const r = analyze(text);
      assert.deepEqual(
        spamOf(r).map((s) => text.slice(s.start, s.end)),
        [],
        `seed ${seed}`,
      );
      assert.equal(r.meta.tampering, null);
      assert.ok(!r.findings.some((f) => f.rule === "review:hijacked" || f.rule === "review:spam"));
    }
  });
  test("the clean seeds carry no verdict", () => {
    const dir = new URL("../../../shared/seeds/", import.meta.url).pathname;
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt") && !f.startsWith("003"));
    } catch {
      return; // the seeds live beside the repository; the demo copies are checked by test/seeds
    }
    for (const f of files) assert.equal(analyze(readFileSync(dir + f, "utf8")).meta.tampering, null, f);
  });
});

describe("pinyin injected after characters", () => {
  const traditional =
    "我市堅持以習近平法治思想為指導,推進依法行政。全年辦理行政復議案件56件,開展執法檢查120次。機關工作人員參加法律知識考試,規範性文件全部報送備案審查,重大行政決策事項全部經過合法性審查。政務服務事項全部進駐政務服務中心,會議研究法治建設工作4次,處理群眾來信來訪1200件。";
  test("is one tampering pattern with its count; the glosses stay garbage, reported once", () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const { text, count } = pinyinInjection(traditional, seed);
      const r = analyze(text);
      const pinyin = r.meta.tampering?.evidence.find((e) => e.signal === "pinyin");
      assert.equal(pinyin?.count, count, `seed ${seed}`);
      assert.equal(r.noise.filter((n) => n.kind === "garbage").length, count);
      assert.deepEqual(spamOf(r), []);
      const hijacked = r.findings.filter((f) => f.rule === "review:hijacked");
      assert.equal(hijacked.length, 1);
      assert.ok(hijacked[0].message.includes(`汉字后被插入拼音 ${count} 处`));
      assert.deepEqual(
        r.findings.filter((f) => f.rule === "review:garbage"),
        [],
      );
    }
  });
  test("one or two glosses are conversion debris, not tampering", () => {
    const r = analyze("我市加強統(tǒng)籌,推進依法行政。");
    assert.equal(r.meta.tampering, null);
    assert.ok(r.findings.some((f) => f.rule === "review:garbage"));
  });
  test("a word glossed wherever it stands (a dictionary's annotation copied with the text) is debris", () => {
    // 執(zhí)法 three times and more: one character glossed, few glosses in the text
    const text = [
      "2023年,全縣堅持嚴格規範公正文明執(zhí)法,全面落實行政執(zhí)法公示制度、執(zhí)法全過程記錄制度、重大執(zhí)法決定法制審核制度。",
      "全年開展行政執(zhí)法案卷評查2次,評查案卷186卷,組織執法人員培訓6期,培訓480人次。",
      "一、主要舉措和成效",
      "縣政府常務會議專題研究法治政府建設工作4次,審議重大行政決策事項12項,全部經過合法性審查。",
    ].join("\n");
    const r = analyze(text);
    assert.equal(r.meta.tampering, null);
    assert.ok(!r.findings.some((f) => f.rule === "review:hijacked"));
    const debris = r.findings.filter((f) => f.rule === "review:garbage");
    assert.equal(debris.length, 5);
    assert.equal(debris[0].message, "拼音注音残留「執(zhí)」");
    // the glossed words are read through: 评查案卷 counted by what it is
    assert.ok(r.facts.some((f) => f.quote === "2次" && f.subject === "开展行政执法案卷评查次数"));
  });
});

describe("fixture pages (test/fixtures/spam)", () => {
  const check = (cases: SpamCase[]) => {
    for (const c of cases) {
      const found = spamOf(c.record);
      const text = c.record.text;
      assert.deepEqual(
        found.map((s) => text.slice(s.start, s.end)),
        c.expected.map((s) => text.slice(s.start, s.end)),
        c.file,
      );
      assert.equal(c.record.meta.tampering !== null, c.tampered, `${c.file}: verdict`);
    }
  };
  test("development set: every injected string exactly, nothing on clean pages", async () => {
    check(await loadSpamCases("dev"));
  });
  test("held-out set: recall and false alarms", async () => {
    const cases = await loadSpamCases("heldout");
    const score = scoreSpam(cases);
    assert.equal(score.found, score.expected);
    assert.equal(score.falseAlarms, 0);
    for (const c of cases) assert.equal(c.record.meta.tampering !== null, c.tampered, `${c.file}: verdict`);
  });
});

describe("an advertisement written as a sentence", () => {
  const report = (ad: string) =>
    `某县2024年法治政府建设年度报告\n\n全年办理行政复议案件45件,同比增长12.5%。\n${ad}\n全县行政机关负责人出庭应诉率达100%。\n`;
  const figures = (r: AnalysisRecord) => r.facts.map((f) => r.text.slice(f.start, f.end));
  const spamText = (r: AnalysisRecord) => spamOf(r).map((s) => r.text.slice(s.start, s.end));
  test("is spam to its sentence's end: its terms are no figures of the report", () => {
    const r = analyze(report("无抵押贷款当天放款，利息低至0.3%，额度最高50万元，微信同号13800138000！"));
    assert.deepEqual(spamText(r), ["无抵押贷款当天放款，利息低至0.3%，额度最高50万元，微信同号13800138000"]);
    assert.deepEqual(figures(r), ["45件", "12.5%", "100%"]);
  });
  test("a paragraph of its own, though the model stops inside a clause", () => {
    const r = analyze(report("注册即送888元体验金，日赚3000不是梦，加微信ky88866了解详情。"));
    assert.deepEqual(spamText(r), ["注册即送888元体验金，日赚3000不是梦，加微信ky88866了解详情"]);
  });
  test("from its sentence's start when it ends the sentence", () => {
    const r = analyze(report("利息低至0.3%,额度最高50万元,无抵押贷款当天放款。"));
    assert.deepEqual(spamText(r), ["利息低至0.3%,额度最高50万元,无抵押贷款当天放款"]);
  });
  test("put before the report's own clause it takes nothing of it", () => {
    const r = analyze("全年收到行政复议申请98件。太阳城集团娱乐官网，审结91件。\n");
    assert.deepEqual(spamText(r), ["太阳城集团娱乐官网"]);
    assert.ok(figures(r).includes("91件"));
  });
  test("inside an official sentence it takes nothing of it", () => {
    const r = analyze(report("全年受理行政复议申请52件,无抵押贷款当天放款,办结48件。"));
    assert.deepEqual(spamText(r), ["无抵押贷款当天放款"]);
    assert.ok(figures(r).includes("52件") && figures(r).includes("48件"));
  });
});

describe("betting brands unknown by name", () => {
  const spamText = (r: AnalysisRecord) => spamOf(r).map((s) => r.text.slice(s.start, s.end));
  const report = (first: string, body = "2024年，我县深入贯彻习近平法治思想。") =>
    analyze(`${first}\n${body}\n全年收到行政复议申请98件，审结91件。\n`);
  test("standing where the issuer's place belongs", () => {
    const r = report("太阳城集团娱乐人民政府关于2024年度法治政府建设情况的报告");
    assert.deepEqual(spamText(r), ["太阳城集团娱乐"]);
    assert.equal(r.meta.tampering?.evidence[0].signal, "issuer");
    assert.deepEqual(spamText(report("某县人民政府关于2024年度法治政府建设情况的报告")), []);
  });
  test("a page title's brand, whole, and not the place after its separator", () => {
    const r = report(
      "易胜博体育官网-永城市2024年度法治政府建设情况报告",
      "2024年，永城市深入贯彻习近平法治思想。",
    );
    assert.deepEqual(spamText(r), ["易胜博体育官网"]);
    assert.ok(r.meta.tampering);
  });
  test("a string between spaces, to its end: nothing of it in a figure's subject", () => {
    const r = report(
      "关于2024年度法治政府建设情况的报告",
      "九游会J9真人游戏第一品牌 全市开展涉企行政检查1392次。",
    );
    assert.deepEqual(spamText(r), ["九游会J9真人游戏第一品牌"]);
    const checks = r.facts.find((f) => f.value === 1392);
    assert.ok(checks && !checks.subject.includes("品牌"), checks?.subject);
  });
  test("an insert between a figure and the next clause does not end the sentence: the next figure counts the same thing", () => {
    const r = report(
      "常宁市2023年法治政府建设年度报告",
      "全年办理行政复议案件91件AG真人娱乐平台注册送88元官方网站，纠错13件；办理行政诉讼案件63件，败诉4件。",
    );
    assert.deepEqual(
      // the helper's own sentence (98件, 91件) follows
      r.facts.slice(0, 4).map((f) => [f.quote, f.subject]),
      [
        ["91件", "办理行政复议案件数"],
        ["13件", "行政复议案件纠错数"],
        ["63件", "办理行政诉讼案件数"],
        ["4件", "行政诉讼案件败诉数"],
      ],
    );
  });
  test("official text about games and sport is no advertising", () => {
    assert.deepEqual(
      spamText(
        report(
          "关于2024年度法治政府建设情况的报告",
          "加强对网络游戏、电子游戏的监管，开展体育赛事执法检查。",
        ),
      ),
      [],
    );
  });
});
