import { ApiErrorBody } from '../../contract/errors';
import { Branding, PutBranding } from '../../contract/tenants';
import { isDatabaseError, SqlState } from '../../db/errors';
import type { ApiApp, RouteDeps } from '../app-types';
import { tenantOf } from '../auth/authenticate';
import { ApiError } from '../http/api-error';
import { inTenant } from '../support/scopes';
import { iso } from '../support/wire';

interface BrandingRow {
  display_name: string | null;
  logo_file_id: string | null;
  favicon_file_id: string | null;
  color_primary: string | null;
  color_secondary: string | null;
  color_accent: string | null;
  color_background: string | null;
  color_text: string | null;
  custom_domain: string | null;
  custom_domain_verified_at: Date | null;
  support_email: string | null;
  updated_at: Date | null;
}

const EMPTY: BrandingRow = {
  display_name: null, logo_file_id: null, favicon_file_id: null, color_primary: null, color_secondary: null, color_accent: null,
  color_background: null, color_text: null, custom_domain: null, custom_domain_verified_at: null, support_email: null, updated_at: null,
};

function brandingToWire(row: BrandingRow) {
  return {
    object: 'branding' as const,
    display_name: row.display_name,
    logo_file_id: row.logo_file_id,
    favicon_file_id: row.favicon_file_id,
    colors: { primary: row.color_primary, secondary: row.color_secondary, accent: row.color_accent, background: row.color_background, text: row.color_text },
    custom_domain: row.custom_domain,
    custom_domain_verified: row.custom_domain_verified_at !== null,
    support_email: row.support_email,
    updated_at: iso(row.updated_at),
  };
}

const COLUMNS = Object.keys(EMPTY).join(', ');

/** White-label branding of the calling tenant: one row, created on first PUT. */
export function brandingRoutes(app: ApiApp, { db }: RouteDeps): void {
  const tags = ['branding'];
  app.get('/v1/branding', {
    config: { access: { access: 'tenant', scope: 'branding:read' } },
    schema: { tags, summary: 'Get your white-label branding', response: { 200: Branding, 401: ApiErrorBody, 403: ApiErrorBody } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const { rows } = await inTenant(db, tenantId, (tx) => tx.query<BrandingRow>(`select ${COLUMNS} from identity.tenant_branding where tenant_id = $1`, [tenantId]));
    return brandingToWire(rows[0] ?? EMPTY);
  });

  app.put('/v1/branding', {
    config: { access: { access: 'tenant', scope: 'branding:write' } },
    schema: { tags, summary: 'Set your branding (omitted fields keep their value; null clears)', body: PutBranding, response: { 200: Branding, 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 409: ApiErrorBody } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const body = request.body;
    const colors = body.colors ?? {};
    // An omitted field keeps the stored value; null clears it.
    const fields: Array<[string, unknown]> = [
      ['display_name', body.display_name], ['logo_file_id', body.logo_file_id], ['favicon_file_id', body.favicon_file_id],
      ['color_primary', colors.primary], ['color_secondary', colors.secondary], ['color_accent', colors.accent],
      ['color_background', colors.background], ['color_text', colors.text], ['custom_domain', body.custom_domain], ['support_email', body.support_email],
    ];
    const given = fields.filter(([, value]) => value !== undefined);
    const params: unknown[] = [tenantId, ...given.map(([, value]) => value)];
    const columns = given.map(([column]) => column);
    const domainChanged = body.custom_domain !== undefined;
    const sql = `insert into identity.tenant_branding (tenant_id${columns.map((c) => `, ${c}`).join('')})
                 values ($1${columns.map((_, i) => `, $${i + 2}`).join('')})
                 on conflict (tenant_id) do update set updated_at = now()
                   ${columns.map((c) => `, ${c} = excluded.${c}`).join('')}
                   ${domainChanged ? ', custom_domain_verified_at = null' : ''}
                 returning ${COLUMNS}`;
    try {
      const { rows } = await inTenant(db, tenantId, (tx) => tx.query<BrandingRow>(sql, params));
      return brandingToWire(rows[0]!);
    } catch (err) {
      // The domain index is global; say "not available" without saying who has it.
      if (isDatabaseError(err, SqlState.uniqueViolation)) throw new ApiError('already_exists', 'this custom domain is not available', 'custom_domain');
      throw err;
    }
  });
}
