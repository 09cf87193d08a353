import type { ApiApp, RouteDeps } from '../app-types';
import { apiKeyRoutes } from './api-keys';
import { brandingRoutes } from './branding';
import { docsRoutes } from './docs';
import { fileRoutes } from './files';
import { healthRoutes } from './health';
import { moneyRoutes } from './money';
import { renderRoutes } from './renders';
import { templateRoutes } from './templates';
import { tenantRoutes } from './tenants';
import { webhookRoutes } from './webhooks';

export function registerRoutes(app: ApiApp, deps: RouteDeps): void {
  healthRoutes(app, deps);
  docsRoutes(app);
  tenantRoutes(app, deps);
  brandingRoutes(app, deps);
  apiKeyRoutes(app, deps);
  templateRoutes(app, deps);
  fileRoutes(app, deps);
  moneyRoutes(app, deps);
  renderRoutes(app, deps);
  webhookRoutes(app, deps);
}
