// How the season reaches the web: one small interface, so tests and jobs can pass their own,
// and by default the platform's safe fetcher (no loopback or internal addresses; the
// FAZHI_FETCH_ALLOW allow-list for intranets and local test servers).
import { type FetchedResource, type SafeFetchOptions, safeFetch } from "../../ingest/safe-fetch.ts";

export type Fetched = FetchedResource;
export type FetchOptions = Pick<SafeFetchOptions, "maxBytes" | "timeoutMs" | "maxRedirects">;
export type Fetcher = (url: string, options?: FetchOptions) => Promise<Fetched>;

export const guardedFetch: Fetcher = (url, options) => safeFetch(url, options);
