// Which network addresses a fetch of a user-given URL may reach. Pure functions over bytes, so
// every spelling of an address (127.1, 0x7f.1, 2130706433, [::ffff:127.0.0.1]) is judged by the
// address it denotes, after the URL parser or DNS has turned it into a numeric address.
import { isIP } from "node:net";
import { BLOCKED_V4, BLOCKED_V6, EMBEDDED_V4 } from "../rules/blocked-addresses.ts";

interface Cidr {
  bytes: Uint8Array;
  bits: number;
}

/** An IPv4 (4 bytes) or IPv6 (16 bytes) address in numeric form; null if not a literal. */
export function parseIp(text: string): Uint8Array | null {
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets, zone id
  const version = isIP(address);
  if (version === 4) return Uint8Array.from(address.split(".").map(Number));
  if (version !== 6) return null;
  let tail: number[] = [];
  let head = address;
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    tail = dotted[1].split(".").map(Number);
    head = `${address.slice(0, dotted.index)}:0:0`;
  }
  const [left, right] = head.split("::") as [string, string | undefined];
  const groups = (s: string) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const words = [...l, ...new Array(8 - l.length - r.length).fill(0), ...r];
  const bytes = new Uint8Array(16);
  words.forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 0xff;
  });
  if (tail.length) bytes.set(tail, 12);
  return bytes;
}

/** "10.0.0.0/8", "fc00::/7" or a bare address (a /32 or /128); null if malformed. */
export function parseCidr(text: string): Cidr | null {
  const [address, prefix] = text.trim().split("/");
  const bytes = parseIp(address);
  if (!bytes) return null;
  const bits = prefix === undefined ? bytes.length * 8 : Number(prefix);
  if (!Number.isInteger(bits) || bits < 0 || bits > bytes.length * 8) return null;
  return { bytes, bits };
}

function inCidr(address: Uint8Array, cidr: Cidr): boolean {
  if (address.length !== cidr.bytes.length) return false;
  for (let bit = 0; bit < cidr.bits; bit += 8) {
    const mask = cidr.bits - bit >= 8 ? 0xff : (0xff << (8 - (cidr.bits - bit))) & 0xff;
    if ((address[bit / 8] & mask) !== (cidr.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

const compile = (list: ReadonlyArray<readonly [string, unknown]>) =>
  list.map(([cidr]) => {
    const parsed = parseCidr(cidr);
    if (!parsed) throw new Error(`bad CIDR in blocked-addresses: ${cidr}`);
    return parsed;
  });
const V4 = compile(BLOCKED_V4);
const V6 = compile(BLOCKED_V6);
const EMBEDDED = EMBEDDED_V4.map(([cidr, offset]) => ({ cidr: compile([[cidr, 0]])[0], offset }));

/** True if the address is loopback, private, link-local, metadata, multicast, reserved… */
export function isBlockedAddress(address: Uint8Array): boolean {
  if (address.length === 4) return V4.some((c) => inCidr(address, c));
  for (const { cidr, offset } of EMBEDDED) {
    if (inCidr(address, cidr)) return isBlockedAddress(address.subarray(offset, offset + 4));
  }
  return V6.some((c) => inCidr(address, c));
}

/** The operator's allow-list: host names (exact or "*.suffix"), addresses and CIDRs. */
export interface AllowList {
  hosts: string[];
  cidrs: Cidr[];
}

export function parseAllowList(entries: readonly string[]): AllowList {
  const list: AllowList = { hosts: [], cidrs: [] };
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const cidr = parseCidr(entry);
    if (cidr) list.cidrs.push(cidr);
    else if (/^(\*\.)?[a-z0-9.-]+$/.test(entry)) list.hosts.push(entry.replace(/\.$/, ""));
    else throw new RangeError(`FAZHI_FETCH_ALLOW: "${raw}" is neither a host name nor an address/CIDR`);
  }
  return list;
}

/** The allow-list from the environment (FAZHI_FETCH_ALLOW, comma-separated). */
export const envAllowList = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.FAZHI_FETCH_ALLOW ?? "").split(",").filter((s) => s.trim());

export function hostAllowed(host: string, list: AllowList): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return list.hosts.some((h) => (h.startsWith("*.") ? name.endsWith(h.slice(1)) : name === h));
}

/** Names that always mean this machine (RFC 6761), refused without asking DNS. */
export const isLocalName = (host: string) => /(^|\.)localhost\.?$/i.test(host);

/** May a connection go to this address? Allowed ranges first, then the blocked table. */
export function addressAllowed(address: Uint8Array, list: AllowList): boolean {
  const mapped = address.length === 16 && inCidr(address, EMBEDDED[0].cidr) ? address.subarray(12) : null;
  if (list.cidrs.some((c) => inCidr(address, c) || (mapped !== null && inCidr(mapped, c)))) return true;
  return !isBlockedAddress(address);
}
