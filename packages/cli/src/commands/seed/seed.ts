import { defaultMigrationsDir, describeDatabase, migrationStatus, openDatabase, resolveDatabaseConfig, type Database } from '@flatrender/server';
import { requireTemplate, templateManifest, UnknownTemplateError } from '@flatrender/templates';
import { ExitCode, ExitError, usageError } from '../../errors';
import { printResult } from '../../output/print';
import { seedPreviews } from '../../seed/seed-previews';
import { seedTemplateCatalog, type SeedCatalogResult } from '../../seed/seed-catalog';

export interface SeedReport extends SeedCatalogResult {
  database: string;
  covers?: number;
  preview_videos?: number;
}

/** `--previews` alone means every template; `--previews LogoMotion,Hero3D` only those. */
function previewTemplates(previews: boolean | string | undefined): string[] | 'all' | undefined {
  if (previews === undefined || previews === false) return undefined;
  if (previews === true) return 'all';
  const ids = previews.split(',').map((id) => id.trim()).filter(Boolean);
  try {
    return ids.map((id) => requireTemplate(id).id);
  } catch (error) {
    if (error instanceof UnknownTemplateError) throw usageError(`--previews: ${error.message}`);
    throw error;
  }
}

async function requireMigrated(db: Database, where: string): Promise<void> {
  const pending = (await migrationStatus(db, { dir: defaultMigrationsDir() })).filter((row) => row.state !== 'applied');
  if (pending.length > 0) throw new ExitError(ExitCode.error, `${where}: not fully migrated (${pending.map((row) => row.name).join(', ')}); run \`flatrender migrate up\` first`);
}

/** `flatrender seed`: the template pack into the content schema (idempotent), covers with --previews. */
export async function seedCommand(options: { json?: boolean; previews?: boolean | string }): Promise<void> {
  const env = process.env;
  const config = resolveDatabaseConfig(env);
  const where = describeDatabase(config);
  const log = options.json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const previews = previewTemplates(options.previews);
  const db = await openDatabase(config);
  try {
    await requireMigrated(db, where);
    const manifest = templateManifest();
    const catalog = await db.transaction((tx) => seedTemplateCatalog(tx, manifest));
    const report: SeedReport = { database: where, ...catalog };
    if (previews) {
      const selected = previews === 'all' ? manifest : manifest.filter((entry) => previews.includes(entry.id));
      const made = await seedPreviews(db, selected, {
        home: env.FLATRENDER_HOME || '.flatrender',
        onPreview: ({ template, aspect, milliseconds }) => log(`previews ${template} ${aspect} (${milliseconds} ms)`),
      });
      report.covers = made.covers;
      report.preview_videos = made.preview_videos;
    }
    printResult(report, options, (r) =>
      [
        `${r.database}: ${r.projects.created} template(s) created, ${r.projects.updated} updated; ${r.variants} variants, ${r.scenes} scenes, ` +
          `${r.color_slots} colour slots, ${r.categories} categories, ${r.tags} tags${r.covers !== undefined ? `, ${r.covers} covers and ${r.preview_videos} preview videos` : ''}`,
        r.skipped_tags.length ? `tags without a Latin slug, not seeded: ${r.skipped_tags.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  } finally {
    await db.close();
  }
}
