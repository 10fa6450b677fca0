// Worker entry: workers do not inherit the parent's loaders.
import { loadEntry } from "../shared/load-entry.mjs";

await loadEntry("./decode-worker", import.meta.url);
