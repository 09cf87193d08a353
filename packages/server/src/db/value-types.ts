import pg from 'pg';

/**
 * How column values come back, the same on both adapters (PGlite's defaults, which pg
 * is bent to match):
 * - int8 (count(*), bigserial, sums): a number when it is a safe integer, else a bigint —
 *   nearly every int8 here is a count or an amount far below 2^53, and a string would
 *   force every caller to convert.
 * - numeric: a string, so money and rates never pass through a float.
 * - date: the 'YYYY-MM-DD' text — a calendar day has no time zone, and a Date would
 *   shift it to local midnight.
 * - interval: PostgreSQL's text form ('1 day 02:00:00').
 * timestamptz → Date, json/jsonb → parsed, bytea → Uint8Array (pg: Buffer) as usual.
 */
export function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

const identity = (text: string) => text;

const OID = { int8: 20, int8Array: 1016, numericArray: 1231, date: 1082, dateArray: 1182, interval: 1186, textArray: 1009 };

/** Parsers for PGlite's `parsers` option (it applies them to array elements itself). */
export const pgliteParsers = { [OID.date]: identity };

/** A `types` object for pg's Pool, leaving pg's global type registry alone. */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format === 'binary') return pg.types.getTypeParser(oid, 'binary');
    const textArray = pg.types.getTypeParser(OID.textArray, 'text') as (text: string) => (string | null)[];
    const arrayOf = (element: (text: string) => unknown) => (text: string) =>
      textArray(text).map((item) => (item === null ? null : element(item)));
    switch (oid) {
      case OID.int8:
        return parseInt8;
      case OID.int8Array:
        return arrayOf(parseInt8);
      case OID.numericArray:
      case OID.dateArray:
        return textArray;
      case OID.date:
      case OID.interval:
        return identity;
      default:
        return pg.types.getTypeParser(oid, 'text');
    }
  },
} as pg.CustomTypesConfig;
