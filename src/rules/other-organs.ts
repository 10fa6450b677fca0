// Organs of an area other than its government, as a report's title or signature names them:
// their reports (长治市人民检察院、长治市人大常委会、中共长治市委依法治市办) are the organ's, of the
// area and at the area's level, and are not the government's. One table for the engine, which
// reads the organ as the issuer (structure/issuer.ts), and for the assessment, which gives a
// government's unit no other organ's report (commands/assess/match.ts). Data only.

import type { OrganKind } from "../types.ts";

/** The Party committee's working departments and the bodies it runs, after 委 (长治市委组织部,
 *  中共长治市委宣传部, 市委政法委, 市委老干部局): each a department of the committee, as a 司法局
 *  is of the government — its report is the department's, not the committee's. Longer first. */
const PARTY_DEPARTMENTS =
  "政法委员会|政法委|组织部|宣传部|统一战线工作部|统战部|社会工作部|机构编制委员会办公室|编办|政策研究室|网络安全和信息化委员会办公室|网信办|老干部局|直属机关工作委员会|直属机关工委|台湾工作办公室|台办|外事工作委员会办公室|外办|机要局|保密办|党史研究室|党史办|巡察工作领导小组办公室|巡察办|党校";
/** The same with the committee's general office (长治市委办公室), which serves the committee
 *  itself. */
const PARTY_OFFICES = `${PARTY_DEPARTMENTS}|办公厅|办公室`;
/** An organ's name after the area that is one of the committee's departments (委老干部局). */
export const PARTY_DEPARTMENT = new RegExp(`^委(?:${PARTY_DEPARTMENTS})$`);
/** A full name that is one of the committee's departments (中共长治市委组织部, 市委政法委): what
 *  the engine reads at a department's level (PARTY_DEPARTMENT), shown apart from the committee
 *  itself (党委部门, not 党委). */
export const PARTY_DEPARTMENT_NAME = new RegExp(`[省市州盟县区旗]委(?:${PARTY_DEPARTMENTS})$`);

/** Written right after an area's name, the organ's name (longest first where one holds another):
 *  长治市|人民检察院, 长治市|中级人民法院, 长治市|人大常委会, 长治市|委全面依法治市委员会办公室,
 *  长治市|委依法治市办, 长治市|纪委监委. The Party committee itself (长治市委, 中共长治市委) is
 *  `party` too, unless the government is named with it (中共长治市委 长治市人民政府关于…: the
 *  government's report, which the Party committee signs with it — see GOVERNMENT_TITLE). */
export const ORGAN_AFTER_AREA: ReadonlyArray<{ kind: OrganKind; name: RegExp }> = [
  // 人民检察院, 检察院; 长治市城区人民检察院 is 城区's (a division the table does not keep apart)
  { kind: "procuratorate", name: /^(?:人民检察院|检察院)/ },
  // 高级人民法院 (a province's), 中级人民法院 (a city's), 人民法院 (a county's), 中院, 法院
  { kind: "court", name: /^(?:高级人民法院|中级人民法院|人民法院|中院|法院)/ },
  // 人大常委会, 人民代表大会常务委员会, 人大常委会办公室 (its office reports for it), 人大, and
  // the congress itself, also by its term (第十五届人民代表大会, 十五届人大常委会: a session a
  // government's report was delivered at, ——在长治市第十五届人民代表大会常务委员会第十次会议上)
  {
    kind: "congress",
    name: /^(?:第?[一二三四五六七八九十\d]{1,3}届)?(?:人民代表大会常务委员会(?:办公厅|办公室)?|人大常委会(?:办公厅|办公室)?|人民代表大会|人大)/,
  },
  // 政协, 政协委员会 (of 中国人民政治协商会议长治市委员会 the area stands inside the name: not read)
  { kind: "cppcc", name: /^政协(?:委员会)?/ },
  // 监察委员会, 监委, 纪委监委, 纪律检查委员会
  { kind: "supervision", name: /^(?:纪委监委|纪律检查委员会|监察委员会|纪委|监委)/ },
  // the committee's office for law-based governance in its full and short forms (委全面依法治市
  // 委员会办公室, 委依法治县办, 委依法治区委员会), its 政法委, and the committee itself (委, 党委,
  // 党工委 of a zone)
  {
    kind: "party",
    name: new RegExp(
      `^(?:委(?:全面)?依法治[省市州盟县区旗](?:委员会办公室|委员会|办公室|办)|委(?:${PARTY_OFFICES})|(?:全面)?依法治[省市州盟县区旗](?:委员会办公室|委员会|办公室|办)|党工委|党委|委(?!员))`,
    ),
  },
];

/** The national court and procuratorate: central organs, of the whole country and no area's,
 *  as the State Council's ministries are (最高人民法院关于2023年度法治建设工作情况的报告). */
export const CENTRAL_ORGANS: ReadonlyArray<{ kind: OrganKind; name: string }> = [
  { kind: "court", name: "最高人民法院" },
  { kind: "procuratorate", name: "最高人民检察院" },
];

/** Organs whose full name holds the area's (政协长治市委员会, 中国人民政治协商会议长治市委员会,
 *  中国共产党长治市委员会): the words before the area and after it. Without these, 委员会 after an
 *  area would read as its government (长治市委). */
export const ORGAN_AROUND_AREA: ReadonlyArray<{ kind: OrganKind; before: RegExp; after: RegExp }> = [
  { kind: "cppcc", before: /(?:中国人民政治协商会议|政协)$/, after: /^委员会/ },
  { kind: "party", before: /中国共产党$/, after: /^委员会/ },
  // a zone's or a new area's Party working committee (中共贵安新区工作委员会, 中共河北雄安新区工作
  // 委员会: the province's short name may stand between)
  { kind: "party", before: /(?:中共|中国共产党)[\u4e00-\u9fff]{0,2}$/, after: /^工作委员会/ },
];

/** Written after the Party committee's name, its standing committee, which acts for it between
 *  plenary sessions (富平县委常委会坚持…): the committee is the sentence's subject. */
export const COMMITTEE_STANDING = /^常委会/;
/** Written before an area's name, the Party's: part of the organ's name (中共长治市委). */
export const PARTY_PREFIX = /(?:中共|中国共产党)$/;
/** Written before an area's name, the opening of an organ's name that holds the area's (中共宝鸡
 *  市委, 政协汉中市委员会, ORGAN_AROUND_AREA): where such an organ opens a clause, the area does. */
export const ORGAN_HEAD = /(?:中共|中国共产党|中国人民政治协商会议|政协)$/;

/** An organ's name that also names the government (中共长治市委 长治市人民政府, 市委市政府
 *  jointly; a zone's or new area's 党工委 with its 管委会, which governs it): the government's
 *  report, whatever other organ it names. Not 法治政府, nor a department's 监督管理委员会. */
export const GOVERNMENT_TITLE = /人民政府|[省市州盟县区旗]政府|管委会|(?<!监督)管理委员会/;

/** A Party organ that sends out the area's document for the area (中共桐庐县委全面依法治县委员会
 *  办公室关于印发《桐庐县2024年法治政府建设工作要点》的通知; the committee itself or its general
 *  office, 中共某市委办公室 with the government's): its issuer's name ends so. Not the committee's
 *  departments (中共长治市委组织部 sends out its own plan). */
export const PARTY_SENDS_FOR_AREA =
  /依法治[省市州盟县区旗](?:委员会办公室|委员会|办公室|办)$|[省市州盟县区旗]委(?:办公[厅室])?$|党[工]?委$/;

/** Where the names read together end (a clause's end; not 、, which joins 市委、市政府): an
 *  opening sentence that names the government later (长治市人民检察院坚持…，支持市人民政府依法
 *  行政) names no organ with it. */
export const NAMES_END = /[,，;；:：。]/;

/** The first engine version whose records name another organ as the issuer (长治市人民检察院,
 *  with `organ`). A record analysed before read such a report with the area as issuer and the
 *  area's level, like the government's own; until the background re-analysis reaches it, only
 *  its title tells it apart (OTHER_ORGAN_TITLE). */
export const ORGANS_READ_SINCE = "0.2.16";

/** A title naming the area's Party committee, people's congress, CPPCC, court, procuratorate or
 *  supervisory commission: how a record before ORGANS_READ_SINCE is told to be another organ's,
 *  unless its title names the government as well (GOVERNMENT_TITLE). */
export const OTHER_ORGAN_TITLE =
  /中共|党委|党工委|[省市州盟县区旗]委(?!员|托)|人大|人民代表大会|政协|法院|检察院|纪委|监委|监察委员会/;

/** The kind of organ an issuer's full name is (长治市人民检察院 → procuratorate; 中共长治市委 →
 *  party), by the name it ends in; null for a government or a department. */
export function organOfName(issuer: string | null): OrganKind | null {
  if (!issuer) return null;
  for (const { kind, end } of ORGAN_NAME_ENDS) if (end.test(issuer)) return kind;
  return null;
}

/** The same names at the end of a full name, for `organOfName`: the first that matches decides
 *  (长治市纪委 is `supervision`, not `party`). The library's filter by organ reads the issuer
 *  with these in the database (commands/documents/organs.ts), so each is written in the syntax
 *  JavaScript and PostgreSQL's regular expressions share: groups (?:…), classes […], ^ $ . + *. */
export const ORGAN_NAME_ENDS: ReadonlyArray<{ kind: OrganKind; end: RegExp }> = [
  { kind: "procuratorate", end: /检察院$/ },
  { kind: "court", end: /(?:法院|中院)$/ },
  { kind: "congress", end: /(?:人民代表大会常务委员会|人大常委会)(?:办公厅|办公室)?$|人民代表大会$|人大$/ },
  { kind: "cppcc", end: /政协(?:委员会)?$|^(?:中国人民政治协商会议|政协).+委员会$/ },
  { kind: "supervision", end: /(?:纪委监委|纪律检查委员会|监察委员会|纪委|监委)$/ },
  {
    kind: "party",
    end: new RegExp(
      `^(?:中共|中国共产党).+工作委员会$|^中国共产党.+委员会$|依法治[省市州盟县区旗](?:委员会办公室|委员会|办公室|办)$|[省市州盟县区旗]委(?:${PARTY_OFFICES})$|党工委$|党委$|^(?:中共|中国共产党).*[省市州盟县区旗]委$|[省市州盟县区旗]委$`,
    ),
  },
];
