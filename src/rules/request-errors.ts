// What a request the framework refuses before any route sees it is told, in Chinese: the
// framework's own messages are English (Forbidden, Body is not valid JSON…). Data only;
// server/app.ts applies it.

/** By the framework's error code, where it says more than the status. */
export const REQUEST_ERROR_BY_CODE: Readonly<Record<string, string>> = {
  FST_ERR_BAD_URL: "网址无效",
  FST_ERR_CTP_INVALID_JSON_BODY: "请求内容不是有效的 JSON",
  FST_ERR_CTP_EMPTY_JSON_BODY: "请求内容为空",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "不支持的内容类型",
  FST_ERR_CTP_BODY_TOO_LARGE: "请求内容过大",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "请求内容长度与声明不符",
  FST_ERR_ASYNC_CONSTRAINT: "请求无法处理",
};

/** By the HTTP status (a static path /%2e%2e is refused with 403). */
export const REQUEST_ERROR_BY_STATUS: Readonly<Record<number, string>> = {
  400: "请求格式有误",
  403: "路径不允许",
  404: "未找到",
  405: "不支持该请求方法",
  406: "无法提供所要求的格式",
  408: "请求超时",
  411: "缺少内容长度",
  413: "请求内容过大",
  414: "网址过长",
  415: "不支持的内容类型",
  416: "请求的范围无效",
  431: "请求头过大",
};
