import type { TemplateMeta } from './contract/define';
import { TEMPLATE_CATALOG } from './templates/catalog';

export const TEMPLATE_IDS: readonly string[] = TEMPLATE_CATALOG.map((meta) => meta.id);

/** Exact id lookup: template ids are part of the API, so `logomotion` is not `LogoMotion`. */
export function findTemplate(id: string): TemplateMeta | undefined {
  return (TEMPLATE_CATALOG as readonly TemplateMeta[]).find((meta) => meta.id === id);
}

/** Levenshtein distance, two rows (ids are short). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of `candidates` to `input`, ignoring case; ties keep the list order. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of candidates) {
    const distance = editDistance(wanted, value.toLowerCase());
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

/** For "unknown template" messages: the id the user most likely meant. */
export function suggestTemplate(id: string): string | undefined {
  return closestMatch(id, TEMPLATE_IDS);
}

export class UnknownTemplateError extends Error {
  readonly suggestion: string | undefined;
  constructor(readonly templateId: string) {
    const suggestion = suggestTemplate(templateId);
    super(`unknown template "${templateId}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see \`flatrender templates list\`)`);
    this.name = 'UnknownTemplateError';
    this.suggestion = suggestion;
  }
}

export function requireTemplate(id: string): TemplateMeta {
  const meta = findTemplate(id);
  if (!meta) throw new UnknownTemplateError(id);
  return meta;
}
