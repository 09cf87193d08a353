import { relative } from 'node:path';

/** Base class so the CLI can print any refusal as a plain message with exit code 1. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** An applied migration's file no longer matches what was applied. */
export class MigrationChecksumError extends MigrationError {
  override name = 'MigrationChecksumError';
  constructor(
    readonly path: string,
    readonly version: number,
    readonly appliedChecksum: string,
    readonly fileChecksum: string,
    nextName: string,
  ) {
    const file = displayPath(path);
    super(
      `${file} was changed after it was applied (applied sha256 ${appliedChecksum.slice(0, 12)}…, file now ${fileChecksum.slice(0, 12)}…). ` +
        `Restore ${file} to the applied version, or add a new migration ${nextName} with the change.`,
    );
  }
}

/** A migration recorded in schema_migrations has no file any more. */
export class MigrationMissingError extends MigrationError {
  override name = 'MigrationMissingError';
  constructor(
    readonly version: number,
    readonly appliedName: string,
    readonly dir: string,
  ) {
    super(
      `migration ${appliedName} (version ${version}) is applied to this database but is missing from ${displayPath(dir)}. ` +
        `Restore the file; an applied migration is never deleted or renumbered.`,
    );
  }
}

/** Relative to the working directory when that is shorter, as a person would type it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
