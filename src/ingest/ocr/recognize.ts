// Line images → text with CTC greedy decoding, and the direction classifier (0° or 180°).
import type { Canvas } from "@napi-rs/canvas";
import type { OcrModels } from "./models.ts";
import { recognitionInput } from "./tensors.ts";

export const LINE_HEIGHT = 48;
export const DIRECTION_SIZE = { width: 192, height: 48 };
/** lines are read a few at a time, sorted by width so little padding is wasted */
const BATCH = 6;

export interface Reading {
  text: string;
  /** mean probability of the characters read (PaddleOCR's score) */
  confidence: number;
}

export async function recognize(models: OcrModels, crops: Canvas[]): Promise<Reading[]> {
  const order = crops.map((_, i) => i).sort((a, b) => crops[a].width - crops[b].width);
  const out: Reading[] = new Array(crops.length);
  for (let i = 0; i < order.length; i += BATCH) {
    const ids = order.slice(i, i + BATCH);
    const input = recognitionInput(
      ids.map((k) => crops[k]),
      LINE_HEIGHT,
    );
    const tensor = new models.ort.Tensor("float32", input.data, [input.count, 3, LINE_HEIGHT, input.width]);
    const result = await models.recognition.run({ [models.recognition.inputNames[0]]: tensor });
    const output = result[models.recognition.outputNames[0]];
    const [n, steps, classes] = output.dims as number[];
    const probs = output.data as Float32Array;
    for (let k = 0; k < n; k++) {
      out[ids[k]] = decodeCtc(
        probs.subarray(k * steps * classes, (k + 1) * steps * classes),
        steps,
        classes,
        models.alphabet,
      );
    }
  }
  return out;
}

function decodeCtc(probs: Float32Array, steps: number, classes: number, alphabet: string[]): Reading {
  let text = "";
  let sum = 0;
  let count = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = probs[t * classes];
    for (let c = 1; c < classes; c++) {
      const p = probs[t * classes + c];
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best] ?? "";
      sum += bestP;
      count++;
    }
    previous = best;
  }
  return { text: text.trim(), confidence: count ? sum / count : 0 };
}

/** For each crop (DIRECTION_SIZE), the probability that it is upside down. */
export async function upsideDown(models: OcrModels, crops: Canvas[]): Promise<number[]> {
  if (crops.length === 0) return [];
  const input = recognitionInput(crops, DIRECTION_SIZE.height, DIRECTION_SIZE.width);
  const tensor = new models.ort.Tensor("float32", input.data, [input.count, 3, input.height, input.width]);
  const result = await models.direction.run({ [models.direction.inputNames[0]]: tensor });
  const probs = result[models.direction.outputNames[0]].data as Float32Array;
  return crops.map((_, k) => probs[k * 2 + 1]);
}
