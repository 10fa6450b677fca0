// Fetch a user-given URL without letting it reach inside the network (SSRF). Every hop —
// the first request and each redirect, which we follow ourselves — is checked twice: an
// address literal before connecting, a host name inside the socket's DNS `lookup` hook, so the
// socket connects to exactly the addresses that were checked (no second resolution to race).
// Failures to connect, resets and timeouts share one message, so errors cannot map ports.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { DomainError } from "../commands/errors.ts";
import {
  type AllowList,
  addressAllowed,
  envAllowList,
  hostAllowed,
  isLocalName,
  parseAllowList,
  parseIp,
} from "./address-policy.ts";

export interface SafeFetchOptions {
  /** largest body after decompression, in bytes (default 50 MiB) */
  maxBytes?: number;
  /** wall-clock limit for the whole fetch, redirects included (default 30 s) */
  timeoutMs?: number;
  /** most redirects followed (default 5) */
  maxRedirects?: number;
  /** host names ("intra.gov.cn", "*.intra"), addresses and CIDRs that may be reached even
   *  though private; default: FAZHI_FETCH_ALLOW (comma-separated) */
  allow?: string[];
}

export interface FetchedResource {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  fetchedAt: Date;
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const blocked = (url: string) =>
  new DomainError(
    "invalid",
    "fetch_blocked",
    `网址 ${url} 指向本机或内部网络地址，出于安全考虑不予抓取（内网部署可由管理员设置 FAZHI_FETCH_ALLOW 放行）`,
    "the URL points to a loopback, private or reserved address",
  );
const unreachable = (url: string) =>
  new DomainError(
    "unavailable",
    "fetch_failed",
    `无法从 ${url} 获取内容（无法连接或超时）`,
    "the URL could not be fetched (no connection or timeout)",
  );
const badUrl = (url: string) =>
  new DomainError(
    "invalid",
    "fetch_url",
    `网址 ${url} 无效：只能抓取 http 或 https 网址`,
    "invalid http(s) URL",
  );

function parseTarget(href: string, original: string): URL {
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    throw badUrl(original);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw badUrl(original);
  return target;
}

/** DNS through the policy: every address a name resolves to must be allowed, or none is used. */
function guardedLookup(allow: AllowList, trustedName: boolean, refusal: DomainError): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, found) => {
      const addresses = found as LookupAddress[];
      if (error) return callback(error, "", 0);
      const ok =
        addresses.length > 0 &&
        (trustedName ||
          addresses.every((a) => addressAllowed(parseIp(a.address) ?? new Uint8Array(4), allow)));
      if (!ok) return callback(refusal as unknown as NodeJS.ErrnoException, "", 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function request(
  target: URL,
  allow: AllowList,
  signal: AbortSignal,
  original: string,
): Promise<IncomingMessage> {
  const refusal = blocked(original);
  const literal = parseIp(target.hostname);
  const trustedName = !literal && hostAllowed(target.hostname, allow);
  if (literal ? !addressAllowed(literal, allow) : isLocalName(target.hostname) && !trustedName)
    return Promise.reject(refusal);
  const lookup = guardedLookup(allow, trustedName, refusal);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, {
      method: "GET",
      agent: false, // no pooled socket from an earlier, differently checked hop
      lookup,
      signal,
      headers: {
        "user-agent": "fazhi/0.1 (document reader)",
        accept: "*/*",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .toLowerCase()
    .trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

/** The body, decompressed, counted while it arrives: never more than maxBytes in memory. */
async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = () =>
    new DomainError(
      "too_large",
      "fetch_too_large",
      `网址 ${url} 的内容超过上限 ${maxBytes} 字节`,
      `the content exceeds ${maxBytes} bytes`,
    );
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes) {
      stream.destroy();
      response.destroy();
    }
  }
  return Buffer.concat(chunks);
}

/** GET a public http(s) URL within limits; see the module comment for what is refused. */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<FetchedResource> {
  const { maxBytes, timeoutMs, maxRedirects } = { ...DEFAULTS, ...definedOnly(options) };
  const allow = parseAllowList(options.allow ?? envAllowList());
  let target = parseTarget(url, url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const response = await request(target, allow, controller.signal, url);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (hop >= maxRedirects)
          throw new DomainError(
            "unavailable",
            "fetch_redirects",
            `网址 ${url} 重定向超过 ${maxRedirects} 次`,
            `more than ${maxRedirects} redirects`,
          );
        target = parseTarget(new URL(location, target).href, url);
        continue;
      }
      const contentType = response.headers["content-type"] ?? null;
      const body = await readBody(response, maxBytes, url);
      return { url, finalUrl: target.href, status, contentType, body, fetchedAt: new Date() };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreachable(url); // refused, reset, timed out, DNS failure: one message for all
  } finally {
    clearTimeout(timer);
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
