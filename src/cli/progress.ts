// A progress bar on stderr for runs over many inputs; silent when stderr is not a terminal.
import { escapeControls } from "./escape.ts";

export class Progress {
  private done = 0;
  private readonly enabled: boolean;
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && total >= 3;
  }
  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const name = escapeControls(label.length > 40 ? `…${label.slice(-39)}` : label);
    this.stream.write(
      `\r\x1b[K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${this.done}/${this.total} ${name}`,
    );
  }
  end(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}
