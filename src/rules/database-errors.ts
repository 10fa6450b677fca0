// What a user is told when the database refuses or fails a request, in Chinese, by the error's
// SQLSTATE (PostgreSQL's `code`, the same on PGlite): PostgreSQL's own message is English and
// names tables and constraints, so it goes to the server's log only. Data only;
// shared/database-errors.ts reads it, the server and the command line show it.

/** How the server answers it (the kinds of commands/errors.ts: conflict 409, invalid 400,
 *  too_large 413, busy 503 with Retry-After, unavailable 502). */
export type DatabaseErrorKind = "conflict" | "invalid" | "too_large" | "busy" | "unavailable";

export interface DatabaseErrorText {
  kind: DatabaseErrorKind;
  /** the API's error code (clients branch on it) */
  code: string;
  zh: string;
  /** the API's messageEn: the same in English, never PostgreSQL's own words */
  en: string;
}

const conflictText = {
  kind: "conflict",
  code: "conflict",
  zh: "数据已被同时修改或已存在，请刷新后重试",
  en: "the change conflicts with a concurrent one; reload and retry",
} as const;

const concurrent = {
  kind: "busy",
  code: "db_concurrent",
  zh: "数据正被其他操作同时修改，请稍后重试",
  en: "the data is being changed by another request; retry shortly",
} as const;

const unreachable = {
  kind: "unavailable",
  code: "db_unavailable",
  zh: "暂时无法连接数据库，请稍后重试；如持续出现，请联系管理员",
  en: "the database cannot be reached; retry later",
} as const;

const restarting = {
  kind: "busy",
  code: "db_unavailable",
  zh: "数据库正在重启或维护，请稍后重试",
  en: "the database is restarting or in maintenance; retry later",
} as const;

/** By the whole SQLSTATE (Appendix A of PostgreSQL's manual). */
export const DATABASE_ERROR_BY_CODE: Readonly<Record<string, DatabaseErrorText>> = {
  // unique_violation: two requests made the same thing at once (one username, one ledger)
  "23505": conflictText,
  // foreign_key_violation: what the change refers to was deleted meanwhile, or is still referred to
  "23503": {
    kind: "conflict",
    code: "db_reference",
    zh: "相关的数据已被删除或仍被其他数据引用，请刷新后重试",
    en: "related data was deleted or is still referred to; reload and retry",
  },
  // not_null_violation, check_violation, exclusion_violation: input the checks let through
  "23502": {
    kind: "invalid",
    code: "db_missing_value",
    zh: "缺少必填的内容，未能保存",
    en: "a required value is missing",
  },
  "23514": {
    kind: "invalid",
    code: "db_check",
    zh: "内容不符合要求，未能保存",
    en: "a value breaks a rule of the database",
  },
  "23P01": conflictText,
  // string_data_right_truncation: longer than the column holds
  "22001": {
    kind: "too_large",
    code: "db_too_long",
    zh: "填写的内容过长，未能保存，请删减后重试",
    en: "a value is longer than the database allows",
  },
  // numeric_value_out_of_range, datetime_field_overflow
  "22003": {
    kind: "invalid",
    code: "db_out_of_range",
    zh: "数值超出允许的范围",
    en: "a number is out of range",
  },
  "22008": {
    kind: "invalid",
    code: "db_out_of_range",
    zh: "日期超出允许的范围",
    en: "a date is out of range",
  },
  // character_not_in_repertoire, untranslatable_character, null_value_not_allowed in text
  "22021": {
    kind: "invalid",
    code: "db_bad_character",
    zh: "内容含有无法保存的字符",
    en: "the text holds a character the database cannot store",
  },
  "22P05": {
    kind: "invalid",
    code: "db_bad_character",
    zh: "内容含有无法保存的字符",
    en: "the text holds a character the database cannot store",
  },
  // serialization_failure, deadlock_detected, lock_not_available
  "40001": concurrent,
  "40P01": concurrent,
  "55P03": concurrent,
  // query_canceled: a statement timeout, or the administrator cancelled it
  "57014": {
    kind: "busy",
    code: "db_cancelled",
    zh: "数据库处理超时，操作已取消，请稍后重试或缩小查询范围",
    en: "the database cancelled the statement (time limit); retry or narrow the query",
  },
  // admin_shutdown, crash_shutdown, cannot_connect_now
  "57P01": restarting,
  "57P02": restarting,
  "57P03": restarting,
  // database_dropped
  "57P04": unreachable,
  // disk_full, out_of_memory, too_many_connections (class 53 below for the rest)
  "53100": {
    kind: "busy",
    code: "db_resources",
    zh: "数据库存储空间已满，未能保存，请联系管理员",
    en: "the database's disk is full",
  },
  "53300": {
    kind: "busy",
    code: "db_resources",
    zh: "数据库连接数已满，请稍后重试",
    en: "the database has too many connections; retry shortly",
  },
  // read_only_sql_transaction: a standby, or a database set read-only for maintenance
  "25006": {
    kind: "unavailable",
    code: "db_read_only",
    zh: "数据库当前只读（维护中），暂时不能保存，请稍后重试",
    en: "the database is read-only at the moment",
  },
  // program_limit_exceeded: a value too large for an index or a search vector
  "54000": {
    kind: "too_large",
    code: "db_limit",
    zh: "内容超出数据库的处理上限，未能保存",
    en: "a value exceeds a limit of the database",
  },
};

/** By the SQLSTATE's class (its first two characters), where the whole code is not listed. */
export const DATABASE_ERROR_BY_CLASS: Readonly<Record<string, DatabaseErrorText>> = {
  // connection_exception (08000, 08003, 08006…)
  "08": unreachable,
  // integrity_constraint_violation
  "23": {
    kind: "conflict",
    code: "db_constraint",
    zh: "数据与已有数据冲突，未能保存，请刷新后重试",
    en: "the change conflicts with stored data",
  },
  // transaction_rollback
  "40": concurrent,
  // insufficient_resources (out of memory, disk, connections)
  "53": {
    kind: "busy",
    code: "db_resources",
    zh: "数据库资源不足（内存、存储空间或连接），请稍后重试；如持续出现，请联系管理员",
    en: "the database is out of resources; retry later",
  },
  // operator_intervention
  "57": restarting,
  // system_error (an I/O error of the database's host)
  "58": unreachable,
};

/** The driver's own failures to reach the server, by Node's error code (no SQLSTATE: the
 *  connection broke before PostgreSQL could answer). */
export const DATABASE_SOCKET_ERRORS: Readonly<Record<string, DatabaseErrorText>> = {
  ECONNREFUSED: unreachable,
  ECONNRESET: unreachable,
  ETIMEDOUT: unreachable,
  EPIPE: unreachable,
  EHOSTUNREACH: unreachable,
};
