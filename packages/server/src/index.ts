export const SERVER_PACKAGE = '@flatrender/server';

// Database layer: adapters, migration runner and the CLI's db commands.
export type { Connection, Database, DatabaseKind, Queryable, QueryResult } from './db/database';
export { DatabaseError, SqlState, isDatabaseError } from './db/errors';
export { type DatabaseConfig, describeDatabase, openDatabase, resolveDatabaseConfig } from './db/open-database';
export { type AppliedMigration, type MigrateUpResult, MIGRATION_LOCK_KEY, migrateUp } from './db/migrate';
export { type MigrationState, type MigrationStatusRow, migrationStatus } from './db/migration-status';
export { type MigrationFile, defaultMigrationsDir, readMigrationFiles } from './db/migration-files';
export { MigrationChecksumError, MigrationError, MigrationMissingError } from './db/migration-errors';
export { createPartitionsCommand, migrateStatusCommand, migrateUpCommand } from './db/commands';
export { type ScratchDatabase, createScratchDatabase } from './db/scratch-database';

// HTTP API.
export { buildServer, API_VERSION } from './api/build-server';
export type { ServerOptions, WebhookOptions } from './api/options';
export { installGracefulShutdown, type GracefulShutdownOptions } from './api/shutdown';

// Template catalogue (seeded into the content schema by `flatrender seed` and on server start).
export { seedTemplateCatalog, type SeedCatalogResult } from './catalog/seed-catalog';
export { PLATFORM_TENANT } from './catalog/catalog-rows';
export { startServer, type RunningServer, type StartServerOptions } from './api/start-server';
export { serverOptionsFromEnv } from './api/server-env';
export { createApiKeyCommand, type CreateKeyCommandOptions } from './api/commands';
export { bootstrapPlatformKey } from './api/auth/bootstrap';
