// The rules' default deadlines of a season, apart from the server's season code so that the web
// client's season dialog shows and checks the same days without the server's modules.

/** The defaults of the rules: report by 31 March, publish by 1 April of the following year. */
export function defaultDeadlines(year: number) {
  return { submitDeadline: `${year + 1}-03-31`, publishDeadline: `${year + 1}-04-01` };
}
