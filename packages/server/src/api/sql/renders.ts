import type { Queryable } from '../../db/database';
import { afterCursor } from '../support/cursor';
import { irt, iso, isoNow } from '../support/wire';

export interface RenderRow {
  id: string;
  status: 'queued' | 'rendering' | 'assembling' | 'completed' | 'failed' | 'canceled';
  template_key: string;
  aspect: '16:9' | '1:1' | '9:16';
  quality: '480p' | '720p' | '1080p' | '2160p';
  bindings: Record<string, unknown>;
  audio: Record<string, unknown>;
  duration_seconds: string;
  frames: number;
  cost_irt: number;
  progress: string;
  output_file_id: string | null;
  output_width: number | null;
  output_height: number | null;
  output_size_bytes: number | null;
  error_code: string | null;
  error_message: string | null;
  cache_hit: boolean;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
}

const COLUMNS = [
  'id', 'status', 'template_key', 'aspect', 'quality', 'bindings', 'audio', 'duration_seconds', 'frames', 'cost_irt', 'progress',
  'output_file_id', 'output_width', 'output_height', 'output_size_bytes', 'error_code', 'error_message', 'cache_hit',
  'created_at', 'started_at', 'completed_at',
];
const SELECT = `select ${COLUMNS.map((c) => `t.${c}`).join(', ')} from render.render_jobs t`;

export function renderToWire(row: RenderRow) {
  return {
    id: row.id,
    object: 'render' as const,
    status: row.status,
    template: row.template_key,
    aspect: row.aspect,
    quality: row.quality,
    bindings: row.bindings,
    audio: row.audio,
    duration_seconds: Number(row.duration_seconds),
    cost: irt(row.cost_irt),
    progress: Number(row.progress),
    output: row.output_file_id
      ? {
          file_id: row.output_file_id,
          url: `/v1/renders/${row.id}/output`,
          width: row.output_width,
          height: row.output_height,
          frames: row.frames,
          size_bytes: row.output_size_bytes,
        }
      : null,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    cache_hit: row.cache_hit,
    created_at: isoNow(row.created_at),
    started_at: iso(row.started_at),
    completed_at: iso(row.completed_at),
  };
}

export interface NewRender {
  tenantId: string;
  apiKeyId: string;
  projectId: string;
  templateKey: string;
  templateVersion: number;
  engine: string;
  compositionId: string | null;
  aspect: string;
  quality: string;
  width: number;
  height: number;
  bindings: Record<string, unknown>;
  audio: Record<string, unknown>;
  frames: number;
  fps: number;
  durationSeconds: number;
  cost: number;
  priority: number;
  cacheKey: string;
  metadata: Record<string, unknown>;
}

export async function insertRender(tx: Queryable, r: NewRender): Promise<RenderRow> {
  const { rows } = await tx.query<RenderRow>(
    `insert into render.render_jobs as t (tenant_id, api_key_id, project_id, template_key, template_version, engine, composition_id,
        aspect, quality, output_width, output_height, bindings, audio, has_voiceover, frames, fps, duration_seconds, cost_irt,
        priority, cache_key, metadata)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     returning ${COLUMNS.map((c) => `t.${c}`).join(', ')}`,
    [
      r.tenantId, r.apiKeyId, r.projectId, r.templateKey, r.templateVersion, r.engine, r.compositionId, r.aspect, r.quality,
      r.width, r.height, JSON.stringify(r.bindings), JSON.stringify(r.audio), 'voiceover' in r.audio, r.frames, r.fps,
      r.durationSeconds, r.cost, r.priority, r.cacheKey, JSON.stringify(r.metadata),
    ],
  );
  return rows[0]!;
}

export async function findRender(tx: Queryable, tenantId: string, id: string, lock = false): Promise<RenderRow | undefined> {
  return (await tx.query<RenderRow>(`${SELECT} where t.tenant_id = $1 and t.id = $2${lock ? ' for update' : ''}`, [tenantId, id])).rows[0];
}

export interface RenderFilter {
  status?: string;
  template?: string;
  createdGte?: string;
  createdLt?: string;
}

export async function listRenders(tx: Queryable, tenantId: string, limit: number, after: string | null, filter: RenderFilter): Promise<RenderRow[]> {
  const { rows } = await tx.query<RenderRow>(
    `${SELECT} where t.tenant_id = $1 and ${afterCursor('render.render_jobs', 3)}
        and ($4::text is null or t.status = $4) and ($5::text is null or t.template_key = $5)
        and ($6::timestamptz is null or t.created_at >= $6) and ($7::timestamptz is null or t.created_at < $7)
      order by t.created_at desc, t.id desc limit $2`,
    [tenantId, limit, after, filter.status ?? null, filter.template ?? null, filter.createdGte ?? null, filter.createdLt ?? null],
  );
  return rows;
}

/** Milliseconds of the plan's included seconds already used by this tenant's renders this UTC month. */
export async function includedMsUsedThisMonth(tx: Queryable, tenantId: string): Promise<number> {
  const { rows } = await tx.query<{ used: number | bigint }>(
    `select coalesce(sum((metadata->'pricing'->>'included_ms')::bigint), 0)::bigint as used from render.render_jobs
      where tenant_id = $1 and status <> 'canceled' and created_at >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'`,
    [tenantId],
  );
  return Number(rows[0]?.used ?? 0);
}

export async function cancelRender(tx: Queryable, tenantId: string, id: string): Promise<RenderRow> {
  await tx.query(`update render.frame_jobs set status = 'canceled' where tenant_id = $1 and render_job_id = $2 and status in ('queued', 'leased')`, [tenantId, id]);
  const { rows } = await tx.query<RenderRow>(
    `update render.render_jobs t set status = 'canceled' where t.tenant_id = $1 and t.id = $2 returning ${COLUMNS.map((c) => `t.${c}`).join(', ')}`,
    [tenantId, id],
  );
  return rows[0]!;
}

export interface EventRow {
  id: number;
  type: 'status' | 'progress' | 'chunk' | 'log';
  from_status: string | null;
  to_status: string | null;
  progress: string | null;
  message: string | null;
  created_at: Date;
}

export async function listEvents(tx: Queryable, tenantId: string, renderId: string, limit: number, afterId: number | null): Promise<EventRow[]> {
  const { rows } = await tx.query<EventRow>(
    `select id, type, from_status, to_status, progress, message, created_at from render.render_job_events
      where tenant_id = $1 and render_job_id = $2 and ($4::bigint is null or id > $4) order by id limit $3`,
    [tenantId, renderId, limit, afterId],
  );
  return rows;
}
