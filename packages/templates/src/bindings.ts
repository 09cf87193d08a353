import type { z } from 'zod';
import { closestMatch, findTemplate, UnknownTemplateError } from './lookup';

export interface BindingIssue {
  /** `title`, `photos[2].caption`; `template` when the template itself is unknown. */
  path: string;
  /** One line naming the field and what is allowed: `title: at most 40 characters (got 52)`. */
  message: string;
}

export type BindingsResult = { ok: true; props: Record<string, unknown> } | { ok: false; issues: BindingIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** What the user sent, where zod's own message would not say it. */
function received(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    if (typeof input === 'string') return ` (got ${input.length})`;
    if (Array.isArray(input)) return ` (got ${input.length})`;
    if (typeof input === 'number') return ` (got ${input})`;
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') return input === undefined ? '' : ` (got ${shortValue(input)})`;
  return '';
}

function unknownKeyIssues(shape: Record<string, unknown>, input: Record<string, unknown>): BindingIssue[] {
  const allowed = Object.keys(shape);
  return Object.keys(input)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => {
      const guess = closestMatch(key, allowed);
      return { path: key, message: `${key}: not a binding of this template${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${allowed.join(', ')}` };
    });
}

/**
 * Checks a reseller's (or `--set`'s) bindings against the template's schema and returns
 * the full props with defaults filled in, or every problem as one line per field.
 */
export function validateBindings(templateId: string, input: unknown): BindingsResult {
  const meta = findTemplate(templateId);
  if (!meta) return { ok: false, issues: [{ path: 'template', message: new UnknownTemplateError(templateId).message }] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'bindings must be a JSON object of field → value' }] };
  }
  const unknown = unknownKeyIssues(meta.schema.shape, input as Record<string, unknown>);
  const parsed = meta.schema.safeParse(input, { reportInput: true });
  const issues = [
    ...unknown,
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => {
          const path = formatPath(issue.path);
          return { path, message: `${path || 'bindings'}: ${issue.message}${received(issue)}` };
        })),
  ];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, props: parsed.data as Record<string, unknown> };
}

/** All issues on one line, for CLIs that promise a single line of error output. */
export function bindingIssuesLine(issues: readonly BindingIssue[]): string {
  return issues.map((issue) => issue.message).join('; ');
}

/** Thrown by render helpers that cannot go on with invalid bindings. */
export class InvalidBindingsError extends Error {
  constructor(
    readonly templateId: string,
    readonly issues: BindingIssue[],
  ) {
    super(bindingIssuesLine(issues));
    this.name = 'InvalidBindingsError';
  }
}
