// Who is signed in, shared by every scene; keeps the CSRF token for changes.
import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { getJson, type SessionInfo, type SessionUser, send, setCsrf } from "./api.ts";

interface SessionState {
  user: SessionUser | null;
  ready: boolean;
  /** signs in; the account signed in (for where it lands) */
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  /** reads the session again (after a password change clears the forced change) */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState>({
  user: null,
  ready: false,
  login: async () => {
    throw new Error("未初始化");
  },
  logout: async () => {},
  refresh: async () => {},
});

export function SessionProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [ready, setReady] = useState(false);
  const refresh = useCallback(async () => {
    const s = await getJson<SessionInfo>("/api/session");
    setCsrf(s.csrf);
    setUser(s.user);
    setReady(true);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const login = useCallback(async (username: string, password: string) => {
    const s = await send<{ user: SessionUser; csrf: string }>("POST", "/api/session", { username, password });
    setCsrf(s.csrf);
    setUser(s.user);
    return s.user;
  }, []);
  const logout = useCallback(async () => {
    await send("DELETE", "/api/session").catch(() => null);
    setCsrf(null);
    setUser(null);
  }, []);
  return (
    <SessionContext.Provider value={{ user, ready, login, logout, refresh }}>
      {children}
    </SessionContext.Provider>
  );
}

export const useSession = () => useContext(SessionContext);

/** Where each role lands after signing in: where its daily work is. The administrator manages
 * accounts and reads the audit log; the 依法治市办 and the units work the 督办 ledger; an
 * evaluator scores assessment rounds; a public account reads the published documents. */
export const HOME: Readonly<Record<SessionUser["role"], string>> = {
  admin: "/admin",
  coordinator: "/tasks",
  unit: "/tasks",
  evaluator: "/assess",
  public: "/documents",
};

/** Where a sign-in goes: the page that asked for it (`?next=`) when that is a page of this site,
 * else the role's own page. Another host (//example.com, /\example.com, https://…) the browser
 * refuses to put in the address bar — the sign-in, done, then failed with its English
 * SecurityError — and the login page itself would only ask again. */
export function landing(next: string | null, role: SessionUser["role"]): string {
  const local = next !== null && /^\/(?![/\\])/.test(next) && !/^\/login(?:[/?#]|$)/.test(next);
  return local ? next : HOME[role];
}
