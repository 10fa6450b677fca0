// Every code a user could meet has a Chinese label: indicator ids, review rule ids, and every
// action the commands write to the audit log (read from their source, so a new action without a
// verb fails here).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import {
  auditSentence,
  composedTitle,
  documentName,
  INDICATOR_LABEL,
  indicatorLabel,
  KIND_LABEL,
  kindLabel,
  LEVEL_LABEL,
  levelLabel,
  ORGAN_LABEL,
  organLabel,
  placeLabel,
  RULE_DESCRIPTION,
  RULE_LABEL,
  ruleLabel,
} from "./labels.ts";
import { RULES } from "./review/index.ts";
import { AUDIT_ACTION_VERB, AUDIT_ENTITY_NOUN } from "./rules/audit-labels.ts";
import { INDICATORS } from "./rules/indicators.ts";

const CODE = /[a-z]+[.:][a-z-]+/;
const CHINESE = /[\u4e00-\u9fff]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

/** The (action, entity) pairs written by the commands: literal arguments of audit(…) and
 * auditSeason(…), task change kinds, and the few actions built from a template. */
function writtenActions(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const dir = new URL("./commands", import.meta.url).pathname;
  const templates: Record<string, string[]> = {
    "assess.item.": ["computed", "recomputed", "entered", "appeal"],
    "assess.round.": ["finalise", "publish"],
  };
  const variables: Record<string, string[]> = {
    "input.decision": ["accept", "return"], // a report's review (src/commands/season/review.ts)
  };
  for (const src of sources(dir)) {
    const calls = src.matchAll(/\baudit(Season)?\(\s*[\w.]+,\s*[\w.?]+,\s*([^,]+),\s*"([a-z_]+)"/g);
    for (const [, season, action, entity] of calls) {
      entities.add(entity);
      const literal = action.trim().match(/^"([^"]+)"$/);
      const template = action.trim().match(/^`([^$`]+)\$\{/);
      if (literal) actions.add(season ? `season:${literal[1]}` : literal[1]);
      else if (template)
        for (const v of templates[template[1]] ?? [template[1]]) actions.add(`${template[1]}${v}`);
      else if (action.includes("?")) for (const [, a] of action.matchAll(/"([^"]+)"/g)) actions.add(a);
      // an action passed on from the caller's input: the values that input allows
      else for (const v of variables[action.trim()] ?? []) actions.add(season ? `season:${v}` : v);
    }
    if (src.includes('"task", id')) for (const [, k] of src.matchAll(/\bkind: "([a-z_]+)"/g)) actions.add(k);
  }
  return { actions, entities };
}

describe("labels", () => {
  test("document kinds and issuer levels have Chinese names, unknown codes never show", () => {
    for (const label of [...Object.values(KIND_LABEL), ...Object.values(LEVEL_LABEL)])
      assert.match(label, CHINESE);
    assert.equal(kindLabel("plan"), "方案计划");
    assert.equal(kindLabel("memo"), "其他文件");
    assert.equal(levelLabel("county"), "县级");
    assert.equal(levelLabel("galaxy"), null);
    assert.equal(levelLabel(null), null);
  });

  test("another organ's kind by its issuer's name; a government or a department has none", () => {
    for (const label of Object.values(ORGAN_LABEL)) assert.match(label, CHINESE);
    assert.equal(organLabel("最高人民法院"), "人民法院");
    assert.equal(organLabel("临汾市中级人民法院"), "人民法院");
    assert.equal(organLabel("临汾市人民检察院"), "人民检察院");
    assert.equal(organLabel("临汾市人大常委会"), "人大");
    assert.equal(organLabel("政协临汾市委员会"), "政协");
    // the committee itself, and one of its departments apart
    assert.equal(organLabel("临汾市委老干部局"), "党委部门");
    for (const issuer of [
      "中共宝鸡市委组织部",
      "岐山县委宣传部",
      "市委政法委",
      "中共渭滨区委统战部",
      "汉中市委网信办",
    ])
      assert.equal(organLabel(issuer), "党委部门", issuer);
    for (const issuer of [
      "中共宝鸡市委",
      "岐山县委",
      "临汾市委办公室",
      "中共桐庐县委全面依法治县委员会办公室",
      "经开区党工委",
    ])
      assert.equal(organLabel(issuer), "党委", issuer);
    assert.equal(organLabel("临汾市纪委监委"), "监察机关");
    for (const issuer of ["临汾市", "临汾市司法局", "临汾市发展和改革委员会", "临汾市人民政府办公室", null])
      assert.equal(organLabel(issuer), null, String(issuer));
  });

  test("a document's place: its area, else a department's level as its name writes it", () => {
    const place = (region: string | null, level: string | null, issuer: string | null) =>
      placeLabel({ region, level, issuer });
    assert.equal(place("长治市", "department", "长治市司法局"), "长治市");
    assert.equal(place("清镇市", "county", "清镇市"), "清镇市");
    assert.equal(place(null, "department", "市司法局"), "市级部门");
    assert.equal(place(null, "department", "区政府办公室"), "区级部门");
    assert.equal(place(null, "department", "省司法厅"), "省级部门");
    // 市场监督管理局 names no level
    assert.equal(place(null, "department", "市场监督管理局"), "部门");
    assert.equal(place(null, "department", null), "部门");
    assert.equal(place(null, "county", null), null);
    assert.equal(place(null, null, null), null);
  });

  test("every indicator has a Chinese label", () => {
    for (const i of INDICATORS) {
      assert.match(INDICATOR_LABEL[i.id], CHINESE, i.id);
      assert.doesNotMatch(indicatorLabel(i.id), CODE);
    }
    assert.equal(indicatorLabel(null), "未归类");
    assert.equal(indicatorLabel("gone.indicator"), "未归类");
  });

  test("every review rule has a short Chinese title", () => {
    for (const r of RULES) {
      assert.match(RULE_LABEL[r.id], CHINESE, r.id);
      assert.ok(r.title.length <= 12, `${r.id}: a title, not a description`);
    }
    assert.doesNotMatch(ruleLabel("review:unknown"), CODE);
  });

  test("every finding the sources raise has a title and a description, not 其他问题", () => {
    const raised = new Set<string>();
    for (const src of sources(new URL(".", import.meta.url).pathname))
      for (const [, id] of src.matchAll(/\brule: "([a-z]+:[a-z-]+)"/g)) raised.add(id);
    for (const id of ["review:ocr", "plan:no-measures", "review:tampered-formula", "season:copied"])
      assert.ok(raised.has(id), `scan finds ${id}`);
    for (const id of raised) {
      assert.match(RULE_LABEL[id] ?? "", CHINESE, `no title for finding ${id}`);
      assert.match(RULE_DESCRIPTION[id] ?? "", CHINESE, `no description for finding ${id}`);
    }
  });

  test("every audit action and entity the commands write has words", () => {
    const { actions, entities } = writtenActions();
    assert.ok(actions.size >= 20, `found the actions (${[...actions].join(", ")})`);
    for (const a of [
      "create",
      "login-failed",
      "season:submit",
      "season:return",
      "assess.round.publish",
      "reassign",
    ])
      assert.ok(actions.has(a), `scan finds ${a}`);
    for (const a of actions) assert.ok(AUDIT_ACTION_VERB[a], `no verb for audit action ${a}`);
    for (const e of entities) assert.ok(AUDIT_ENTITY_NOUN[e], `no noun for audit entity ${e}`);
  });

  test("audit entries read as sentences", () => {
    const created = auditSentence({
      username: "admin",
      action: "create",
      entity: "user",
      entity_id: "5",
      before: null,
      after: JSON.stringify({ username: "zhangsan", display_name: "张三", role: "unit" }),
    });
    assert.equal(created, "admin 创建了账号「张三」（角色 责任单位）");
    const failed = auditSentence({
      username: null,
      action: "login-failed",
      entity: "user",
      entity_id: null,
      before: null,
      after: { username: "guest" },
    });
    assert.equal(failed, "用户名“guest” 登录失败");
    const closed = auditSentence({
      username: "coord",
      action: "close",
      entity: "task",
      entity_id: "12",
      before: { status: "in_progress", percent: 60 },
      after: { status: "closed", percent: 100 },
    });
    assert.equal(closed, "coord 办结了督办任务（编号 12）（状态 进行中 → 已办结；进度 60% → 100%）");
    const named = {
      username: "admin",
      action: "login",
      entity: "user",
      entity_id: null,
      before: null,
      after: null,
    };
    assert.equal(auditSentence({ ...named, actor_name: "王主任" }), "王主任 登录了系统");
    assert.equal(
      auditSentence({ ...named, actor_name: "王主任", actor_shared: true }),
      "王主任（admin） 登录了系统",
    );
    for (const s of [created, failed, closed]) assert.doesNotMatch(s, CODE);
  });

  test("an entry does not repeat what the object's name says", () => {
    const round = (title: string) =>
      auditSentence({
        username: "coord",
        action: "assess.round.create",
        entity: "assess_round",
        entity_id: "3",
        before: null,
        after: { title, year: 2023, units: 2 },
      });
    assert.equal(round("2023年度法治政府建设考核"), "coord 创建了评估轮次「2023年度法治政府建设考核」");
    // a title without the year still says which year
    assert.match(round("法治政府建设考核"), /「法治政府建设考核」（年度 2023）$/);
    // a task named with its unit: the unit is not written again
    const task = auditSentence({
      username: "coord",
      action: "create",
      entity: "task",
      entity_id: "12",
      object_name: "健全依法决策机制（市司法局）",
      before: null,
      after: { unit_name: "市司法局", due: "2024-06-30" },
    });
    assert.equal(task, "coord 创建了督办任务「健全依法决策机制（市司法局）」（期限 2024-06-30）");
  });
});

describe("a document without a title", () => {
  test("is named by its place, year and kind, or not at all", () => {
    assert.equal(composedTitle({ region: "清镇市", year: 2022, kind: "report" }), "清镇市2022年年度报告");
    assert.equal(composedTitle({ region: "长治市", year: null, kind: "plan" }), "长治市方案计划");
    assert.equal(composedTitle({ region: null, year: 2023, kind: "other" }), "2023年其他文件");
    assert.equal(composedTitle({ region: null, year: null, kind: "report" }), null);
  });
});

describe("a document's title as the pages name it", () => {
  test("a title quoted in it with ASCII brackets reads with book-title marks", () => {
    // the demo plan's title as the web page wrote it, kept verbatim in the record
    const plan = { region: "长治市", year: null, kind: "plan" };
    const title = "长治市贯彻落实<法治政府建设实施纲要(2015-2020年)>的实施方案";
    assert.equal(
      documentName({ ...plan, title }),
      "长治市贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案",
    );
    assert.equal(documentName({ ...plan, title: "贯彻落实‹纲要>的方案" }), "贯彻落实《纲要》的方案");
    assert.equal(documentName({ ...plan, title: null }), "长治市方案计划");
  });
});
