import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

/**
 * The file a render writes while it runs: hidden, beside the target (same filesystem, so
 * the final rename is atomic) and with the target's extension (Remotion and ffmpeg pick
 * the container from it). A cancelled or failed render removes it, so the target path
 * only ever holds a finished, verified file.
 */
export class PartialOutput {
  readonly target: string;
  readonly path: string;

  constructor(target: string) {
    this.target = resolve(target);
    const extension = extname(this.target);
    const stem = basename(this.target, extension);
    this.path = join(dirname(this.target), `.${stem}.partial-${process.pid}-${randomBytes(3).toString('hex')}${extension}`);
  }

  // If something exits the process mid-render (a signal handler, a crash), the partial
  // file still goes: 'exit' listeners run synchronously on every exit path Node controls.
  private readonly removeOnExit = () => rmSync(this.path, { force: true });

  async prepare(): Promise<void> {
    await mkdir(dirname(this.target), { recursive: true });
    process.on('exit', this.removeOnExit);
  }

  async publish(): Promise<string> {
    await rename(this.path, this.target);
    process.off('exit', this.removeOnExit);
    return this.target;
  }

  async discard(): Promise<void> {
    await rm(this.path, { force: true });
    process.off('exit', this.removeOnExit);
  }
}
