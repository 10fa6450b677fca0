// Text from inputs (file names, URLs, document text) may carry control characters: an ESC
// sequence clears the screen or rewrites the window title, C1 controls act the same on some
// terminals, bidi overrides reorder what is shown (Trojan Source). Every line the command prints
// passes through here, and each such character is shown as \uXXXX, which JSON reads back as the
// same character, so JSON output keeps its values. Line feeds are the command's own layout.
// C0 but LF, DEL, C1, the Arabic letter mark, LRM/RLM, embeddings/overrides, isolates.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
