// A node:test reporter that writes the file of each failed test, one per line: the test command
// reads it to tell a failure of a browser suite (retried once) from any other (never retried).
export default async function* failedFiles(source) {
  const seen = new Set();
  for await (const event of source) {
    const file = event.type === "test:fail" ? event.data.file : undefined;
    if (file && !seen.has(file)) {
      seen.add(file);
      yield `${file}\n`;
    }
  }
}
