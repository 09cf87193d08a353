import { CATEGORY_LABELS, COLOR_SLOTS, type Label, type TemplateManifestEntry } from '@flatrender/templates';

/** The platform tenant: platform templates, categories and tags belong to it (01_identity_tenants). */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000001';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface TagRow {
  slug: string;
  name: Label;
}

/**
 * content.tags needs an ASCII slug; a template's tags are free words in either language,
 * so Latin ones become slugs and the rest are reported as skipped rather than invented.
 */
export function tagRows(tags: readonly string[]): { rows: TagRow[]; skipped: string[] } {
  const rows: TagRow[] = [];
  const skipped: string[] = [];
  for (const tag of tags) {
    const slug = tag.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (SLUG.test(slug)) rows.push({ slug, name: { fa: tag, en: tag } });
    else skipped.push(tag);
  }
  return { rows, skipped };
}

export function categoryLabel(category: TemplateManifestEntry['category']): Label {
  return CATEGORY_LABELS[category];
}

type BindingProperty = { kind?: string; default?: unknown; label?: Label };

function properties(entry: TemplateManifestEntry): Record<string, BindingProperty> {
  return (entry.bindings.properties ?? {}) as Record<string, BindingProperty>;
}

/** The brand colour slots the template exposes, with their defaults and labels. */
export function colorSlotRows(entry: TemplateManifestEntry): Array<{ slot: string; hex: string; label: Label }> {
  const props = properties(entry);
  return COLOR_SLOTS.filter((slot) => props[slot]?.kind === 'color' && typeof props[slot]?.default === 'string').map((slot) => ({
    slot,
    hex: props[slot]?.default as string,
    label: props[slot]?.label ?? { fa: slot, en: slot },
  }));
}

/**
 * The catalog has no scene breakdown yet, so every template gets one scene, `main`,
 * spanning the whole composition with every non-colour binding editable in it.
 */
export function mainSceneFields(entry: TemplateManifestEntry): string[] {
  return Object.entries(properties(entry))
    .filter(([, property]) => property.kind !== 'color')
    .map(([key]) => key);
}
