// API errors: {error: {code, message, message_en}}, Chinese first.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export const notFound = (what: string, whatEn: string) =>
  new ApiError(404, "not_found", `${what}不存在`, `${whatEn} not found`);

export function errorBody(code: string, zh: string, en: string) {
  return { error: { code, message: zh, message_en: en } };
}
