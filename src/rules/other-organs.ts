// Organs of an area other than its government, as a report's title names them: their reports
// (长治市人民检察院、长治市人大常委会、中共长治市委依法治市办) are read with the area as issuer and
// the area's level, like the government's own, and must not be scored as the government's.
// Data only; commands/assess/match.ts applies it.

/** A title naming the area's Party committee, people's congress, CPPCC, court, procuratorate
 *  or supervisory commission. */
export const OTHER_ORGAN_TITLE =
  /中共|党委|党工委|[省市州盟县区旗]委(?!员|托)|人大|人民代表大会|政协|法院|检察院|纪委|监委|监察委员会/;

/** A title naming the government itself (长治市人民政府, 市委市政府 jointly; a report to the
 *  人大常委会): the government's report whatever other organ it names. Not 法治政府. */
export const GOVERNMENT_TITLE = /人民政府|[省市州盟县区旗]政府/;
