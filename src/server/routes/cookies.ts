// Cookies, read and written by hand: one cookie, no dependency needed.
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      // a malformed % escape is no token we ever set: the caller has no session
      return undefined;
    }
  }
  return undefined;
}

export function cookieHeader(
  name: string,
  value: string,
  o: { maxAgeSeconds: number; secure: boolean },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${o.maxAgeSeconds}`,
    ...(o.secure ? ["Secure"] : []),
  ].join("; ");
}
