/**
 * Bad input to a render (tier, codec, CRF, frame range, audio file or URL): the CLI turns
 * it into exit 2 with this one line, which names the field first and then the fix.
 */
export class RenderInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'RenderInputError';
  }
}

/** The caller aborted the render; nothing was written at the target path. */
export class RenderCancelledError extends Error {
  constructor(readonly out: string) {
    super(`render cancelled; nothing was written to ${out}`);
    this.name = 'RenderCancelledError';
  }
}
