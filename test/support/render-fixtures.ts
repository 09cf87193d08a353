import type { Queryable } from '@flatrender/server/db/database';

/** A render node row to hang health logs, frame jobs and crashes on. */
export async function insertRenderNode(db: Queryable, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into render.render_nodes (name, hostname, cores, memory_bytes, engines, version)
     values ($1, 'probe.local', 2, 4294967296, '{remotion}', 'test') returning id`,
    [name],
  );
  return rows[0]!.id;
}
