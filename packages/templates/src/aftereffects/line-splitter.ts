/**
 * Turns a byte stream into lines. aerender ends lines with `\r\n`, `\n`, or a bare `\r`
 * (a Windows `-log` paste came as one CR-only line), and can print bytes that are not UTF-8
 * (nexrender #428), which decode to U+FFFD instead of throwing.
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private pending = '';
  /** The previous chunk ended in `\r`; a `\n` opening the next one belongs to it. */
  private swallowLf = false;

  push(chunk: Uint8Array): string[] {
    let text = this.decoder.decode(chunk, { stream: true });
    if (this.swallowLf && text.startsWith('\n')) text = text.slice(1);
    if (text.length > 0) this.swallowLf = text.endsWith('\r');
    const parts = (this.pending + text).split(/\r\n|\r|\n/);
    this.pending = parts.pop() ?? '';
    return parts;
  }

  /** The last line when the stream ended without a line break. */
  end(): string[] {
    const rest = this.pending + this.decoder.decode();
    this.pending = '';
    return rest.length > 0 ? [rest] : [];
  }
}
