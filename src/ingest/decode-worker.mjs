// Worker entry: loads the TypeScript decoder through tsx (workers do not inherit loaders).
import { register } from "tsx/esm/api";

register();
await import("./decode-worker.ts");
