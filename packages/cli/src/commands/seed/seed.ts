import { defaultMigrationsDir, describeDatabase, migrationStatus, openDatabase, resolveDatabaseConfig, type Database } from '@flatrender/server';
import { templateManifest } from '@flatrender/templates';
import { ExitCode, ExitError } from '../../errors';
import { printResult } from '../../output/print';
import { seedCovers } from '../../seed/seed-covers';
import { seedTemplateCatalog, type SeedCatalogResult } from '../../seed/seed-catalog';

export interface SeedReport extends SeedCatalogResult {
  database: string;
  covers?: number;
}

async function requireMigrated(db: Database, where: string): Promise<void> {
  const pending = (await migrationStatus(db, { dir: defaultMigrationsDir() })).filter((row) => row.state !== 'applied');
  if (pending.length > 0) throw new ExitError(ExitCode.error, `${where}: not fully migrated (${pending.map((row) => row.name).join(', ')}); run \`flatrender migrate up\` first`);
}

/** `flatrender seed`: the template pack into the content schema (idempotent), covers with --previews. */
export async function seedCommand(options: { json?: boolean; previews?: boolean }): Promise<void> {
  const env = process.env;
  const config = resolveDatabaseConfig(env);
  const where = describeDatabase(config);
  const log = options.json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const db = await openDatabase(config);
  try {
    await requireMigrated(db, where);
    const manifest = templateManifest();
    const catalog = await db.transaction((tx) => seedTemplateCatalog(tx, manifest));
    const report: SeedReport = { database: where, ...catalog };
    if (options.previews) {
      const covers = await seedCovers(db, manifest, { home: env.FLATRENDER_HOME || '.flatrender', onCover: (id, ms) => log(`cover ${id} (${ms} ms)`) });
      report.covers = covers.covers;
    }
    printResult(report, options, (r) =>
      [
        `${r.database}: ${r.projects.created} template(s) created, ${r.projects.updated} updated; ${r.variants} variants, ${r.scenes} scenes, ` +
          `${r.color_slots} colour slots, ${r.categories} categories, ${r.tags} tags${r.covers !== undefined ? `, ${r.covers} covers` : ''}`,
        r.skipped_tags.length ? `tags without a Latin slug, not seeded: ${r.skipped_tags.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  } finally {
    await db.close();
  }
}
