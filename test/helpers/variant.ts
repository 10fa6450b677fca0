// Varied copies of a document, for benches and tests that need many different texts of the
// same kind as the seeds.

/** Copy `k` of a document, its counts changed and nothing else: the i-th number of up to three
 * digits not read as a month, day or hour has each non-zero digit moved on by the (i mod 4)-th
 * base-9 digit of k (1–9 stay 1–9, so lengths and the shape of the text stay; copies 0–6560
 * differ). Replicated corpora use these, so that an engine stage remembering a text or a
 * sentence cannot win on repeats that the pool and the command would not see. Copy 0 is the
 * document itself. */
export function variant(text: string, k: number): string {
  let i = 0;
  return text.replace(/(?<![\d.])\d{1,3}(?![\d.]|\s*[月日号时])/g, (n) => {
    const shift = Math.floor(k / 9 ** (i++ % 4)) % 9;
    return n.replace(/[1-9]/g, (d) => String(((Number(d) - 1 + shift) % 9) + 1));
  });
}
