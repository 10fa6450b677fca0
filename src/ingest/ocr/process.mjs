// Entry of the OCR process: a child process does not inherit the parent's loaders.
import { loadEntry } from "../../shared/load-entry.mjs";

await loadEntry("./worker", import.meta.url);
