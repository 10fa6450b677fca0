// How the season reaches the web: one small interface, so the platform's safe fetcher (no
// internal addresses) slots in without touching the commands. Until it lands, the stand-in
// below refuses loopback and private addresses unless FAZHI_FETCH_ALLOW lists the host.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { DomainError } from "../errors.ts";

export interface Fetched {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  fetchedAt: Date;
}

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export type Fetcher = (url: string, options?: FetchOptions) => Promise<Fetched>;

const PRIVATE = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^0\./,
  /^::1$/,
  /^f[cd]/i,
  /^fe80/i,
  /^::ffff:(127|10|192\.168|169\.254)\./i,
];

const allowList = () =>
  (process.env.FAZHI_FETCH_ALLOW ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

async function refuseInternal(url: URL) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const allowed = allowList();
  if (allowed.includes(host) || allowed.includes(url.host)) return;
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (host === "localhost" || addresses.some((a) => PRIVATE.some((p) => p.test(a))))
    throw new DomainError(
      "invalid",
      "internal_address",
      `不能抓取内部地址:${url.host}`,
      "internal address refused",
    );
}

/** The stand-in fetcher: http(s) only, internal addresses refused, size and time bounded. */
export const guardedFetch: Fetcher = async (raw, options = {}) => {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DomainError("invalid", "bad_url", `网址无效:${raw}`, "bad URL");
  }
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new DomainError("invalid", "bad_url", `只支持 http/https 网址:${raw}`, "http(s) only");
    await refuseInternal(url);
    const res = await fetch(url, {
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    }).catch((e: Error) => {
      throw new DomainError("unavailable", "fetch_failed", `无法访问 ${url.host}:${e.message}`, e.message);
    });
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length > maxBytes)
      throw new DomainError("too_large", "too_large", `网页超过 ${maxBytes} 字节`, "page too large");
    return {
      url: raw,
      finalUrl: url.toString(),
      status: res.status,
      contentType: res.headers.get("content-type"),
      body,
      fetchedAt: new Date(),
    };
  }
  throw new DomainError("unavailable", "too_many_redirects", `重定向次数过多:${raw}`, "too many redirects");
};
