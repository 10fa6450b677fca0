// Address ranges a fetch of a user-given URL must never reach (SSRF guard). Data only; the
// policy in src/ingest/address-policy.ts walks this table. An intranet deployment opens
// what it needs with FAZHI_FETCH_ALLOW, never by editing this list.

/** [CIDR, why] — IPv4 */
export const BLOCKED_V4: ReadonlyArray<readonly [string, string]> = [
  ["0.0.0.0/8", "unspecified / this network"],
  ["10.0.0.0/8", "private (RFC 1918)"],
  ["100.64.0.0/10", "carrier-grade NAT (RFC 6598)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local, incl. cloud metadata 169.254.169.254"],
  ["172.16.0.0/12", "private (RFC 1918)"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay anycast"],
  ["192.168.0.0/16", "private (RFC 1918)"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved, incl. broadcast 255.255.255.255"],
];

/** [CIDR, why] — IPv6. Ranges that embed an IPv4 address are judged by that address instead. */
export const BLOCKED_V6: ReadonlyArray<readonly [string, string]> = [
  ["::/96", "unspecified ::, loopback ::1, IPv4-compatible"],
  ["100::/64", "discard"],
  ["2001::/32", "Teredo tunnels (hide the real address)"],
  ["2001:db8::/32", "documentation"],
  ["fc00::/7", "unique local (ULA), incl. metadata fd00:ec2::254"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "site-local (deprecated)"],
  ["ff00::/8", "multicast"],
];

/** IPv6 ranges carrying an IPv4 address: [prefix CIDR, byte offset of the IPv4 address] */
export const EMBEDDED_V4: ReadonlyArray<readonly [string, number]> = [
  ["::ffff:0:0/96", 12], // IPv4-mapped ([::ffff:127.0.0.1])
  ["64:ff9b::/96", 12], // NAT64
  ["64:ff9b:1::/48", 12], // local-use NAT64
  ["2002::/16", 2], // 6to4
];
