// Worker entry: loads the TypeScript OCR worker through tsx (workers do not inherit loaders).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
