import { z } from 'zod';
import { listOf } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import { Template, TemplateParams, UpdateTemplate } from '../../contract/templates';
import type { Queryable } from '../../db/database';
import type { ApiApp, RouteDeps } from '../app-types';
import { authOf } from '../auth/authenticate';
import { ApiError, notFound } from '../http/api-error';
import { compositionFor, findTemplate, listTemplates, type TemplateRow, variantsOf } from '../sql/templates';
import { inPlatform, inTenant, PLATFORM_TENANT } from '../support/scopes';
import { templateToWire } from './template-wire';

const tags = ['templates'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };

export function templateRoutes(app: ApiApp, { db }: RouteDeps): void {
  /** A tenant's view under its RLS scope; the platform's own view under the platform scope. */
  const asViewer = <T>(tenantId: string | null, work: (tx: Queryable, viewer: string) => Promise<T>) =>
    tenantId ? inTenant(db, tenantId, (tx) => work(tx, tenantId)) : inPlatform(db, (tx) => work(tx, PLATFORM_TENANT));

  app.get('/v1/templates', {
    config: { access: { access: 'tenant_or_platform', scope: 'templates:read' } },
    schema: { tags, summary: 'List the templates you can render', querystring: z.strictObject({}), response: { 200: listOf(Template), ...errors } },
  }, async (request) => {
    const auth = authOf(request);
    const data = await asViewer(auth.tenantId, async (tx, viewer) => {
      // Resellers see what they can render; the operator also sees what is switched off.
      const rows = (await listTemplates(tx, viewer)).filter((row) => auth.role === 'platform' || row.enabled);
      const variants = await variantsOf(tx, rows.map((row) => row.id));
      return rows.map((row) => templateToWire(row, variants));
    });
    return { object: 'list' as const, data, has_more: false, next_cursor: null };
  });

  app.get('/v1/templates/:id', {
    config: { access: { access: 'tenant_or_platform', scope: 'templates:read' } },
    schema: { tags, summary: 'Get a template: bindings (JSON Schema), aspects, durations, previews', params: TemplateParams, response: { 200: Template, ...errors } },
  }, async (request) => {
    const auth = authOf(request);
    return asViewer(auth.tenantId, async (tx, viewer) => {
      const row = await findTemplate(tx, viewer, request.params.id);
      if (!row || (auth.role !== 'platform' && !row.enabled)) throw notFound('template');
      return templateToWire(row, await variantsOf(tx, [row.id]));
    });
  });

  app.patch('/v1/templates/:id', {
    config: { access: { access: 'platform', scope: 'templates:write' } },
    schema: {
      tags,
      summary: 'Enable/disable a template (for one tenant with flatrender-tenant), set its engine and compositions',
      params: TemplateParams,
      body: UpdateTemplate,
      response: { 200: Template, ...errors, 422: ApiErrorBody },
    },
  }, async (request) => {
    const auth = authOf(request);
    const { id } = request.params;
    const body = request.body;
    if (auth.tenantId) {
      if (body.engine !== undefined || body.compositions !== undefined) {
        throw new ApiError('invalid_request', 'engine and compositions are global: omit flatrender-tenant', body.engine !== undefined ? 'engine' : 'compositions');
      }
      const tenantId = auth.tenantId;
      return inTenant(db, tenantId, async (tx) => {
        const row = await findTemplate(tx, tenantId, id);
        if (!row) throw notFound('template');
        if (body.enabled !== undefined) {
          await tx.query(
            `insert into content.tenant_templates (tenant_id, project_id, enabled) values ($1, $2, $3)
             on conflict (tenant_id, project_id) do update set enabled = excluded.enabled`,
            [tenantId, row.id, body.enabled],
          );
        }
        const updated = (await findTemplate(tx, tenantId, id))!;
        return templateToWire(updated, await variantsOf(tx, [updated.id]));
      });
    }
    return inPlatform(db, async (tx) => {
      const row = await findTemplate(tx, PLATFORM_TENANT, id);
      if (!row || row.tenant_id !== PLATFORM_TENANT) throw notFound('template');
      for (const [aspect, composition] of Object.entries(body.compositions ?? {})) {
        if (composition === undefined) continue;
        const updated = await tx.query('update content.project_variants set remotion_composition_id = $3 where project_id = $1 and aspect = $2', [row.id, aspect, composition]);
        if (updated.rowCount === 0) throw new ApiError('unprocessable', `the template has no ${aspect} variant`, `compositions.${aspect}`);
      }
      await tx.query(
        `update content.projects set enabled = coalesce($2, enabled), render_engine = coalesce($3, render_engine),
                render_remotion_comp = coalesce((select remotion_composition_id from content.project_variants where project_id = $1 and aspect = '16:9'), render_remotion_comp)
          where id = $1`,
        [row.id, body.enabled ?? null, body.engine ?? null],
      );
      const updated = (await findTemplate(tx, PLATFORM_TENANT, id))!;
      const variants = await variantsOf(tx, [updated.id]);
      assertRenderable(updated, variants);
      return templateToWire(updated, variants);
    });
  });
}

/** 15_content_render_engine: a Remotion template needs a composition for every aspect it offers. */
function assertRenderable(row: TemplateRow, variants: Awaited<ReturnType<typeof variantsOf>>): void {
  if (row.render_engine !== 'remotion') return;
  const missing = variants.find((v) => v.enabled && !compositionFor(row, v));
  if (missing) throw new ApiError('unprocessable', `a Remotion template needs a composition for ${missing.aspect}`, `compositions.${missing.aspect}`);
}
