import { templateManifest, type TemplateManifestEntry } from '@flatrender/templates';
import { printResult, renderTable } from '../../output/print';

function durationLabel(entry: TemplateManifestEntry): string {
  const seconds = new Set(Object.values(entry.aspects).map((aspect) => aspect.duration_seconds));
  return [...seconds].map((value) => `${value}s`).join('/');
}

/** `flatrender templates list`: the manifest as a table, or as JSON for machines. */
export async function templatesListCommand(options: { json?: boolean }): Promise<void> {
  const manifest = templateManifest();
  printResult(manifest, options, (entries) =>
    renderTable(
      ['id', 'name', 'kind', 'aspects', 'duration', 'bindings'],
      entries.map((entry) => [
        entry.id,
        `${entry.name.en} — ${entry.name.fa}`,
        entry.kind,
        Object.keys(entry.aspects).join(' '),
        durationLabel(entry),
        Object.keys((entry.bindings.properties ?? {}) as object).length,
      ]),
    ),
  );
}
