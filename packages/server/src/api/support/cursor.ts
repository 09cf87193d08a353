import { ApiError } from '../http/api-error';

/**
 * Cursor pagination as Stripe does it: the cursor is the id of the last object of the
 * previous page, and the list query compares (created_at, id) with that row's own values
 * read in SQL — no timestamp passes through JavaScript's millisecond Date, so rows that
 * differ only in microseconds are never skipped. The lookup runs under the same RLS as
 * the list, so another tenant's id simply yields an empty page.
 */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  if (!UUID.test(cursor)) throw new ApiError('invalid_cursor', 'starting_after must be the next_cursor of a previous page', 'starting_after');
  return cursor.toLowerCase();
}

/** SQL for "after the cursor row" on a table aliased `t`, with the cursor id in parameter $n. */
export function afterCursor(table: string, n: number): string {
  return `($${n}::uuid is null or (t.created_at, t.id) < (select c.created_at, c.id from ${table} c where c.id = $${n}::uuid))`;
}

/** Fetch limit + 1 rows; the extra one only says whether there is a next page. */
export function page<Row extends { id: string }, Item>(rows: Row[], limit: number, toWire: (row: Row) => Item) {
  const has_more = rows.length > limit;
  const shown = rows.slice(0, limit);
  return {
    object: 'list' as const,
    data: shown.map(toWire),
    has_more,
    next_cursor: has_more ? (shown.at(-1)?.id ?? null) : null,
  };
}
