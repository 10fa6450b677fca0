// The name a review opinion gives the report, shared by the Word opinion (server) and its print
// page (client) so that both call it the same.

/** The report as the opinion names it: its own title, else the unit's report of the year — never
 * the uploaded file's name (《000_759704e5000b19aa.txt》 in an official document). */
export const reportName = (title: string | null, unitName: string, year: number) =>
  title ?? `${unitName}${year}年度法治政府建设年度报告`;
