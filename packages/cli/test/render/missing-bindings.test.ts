import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bindingsJsonSchema, defineTemplate, TEMPLATE_CATALOG, text, type TemplateMeta } from '@flatrender/templates';
import { completeBindings, missingBindings } from '../../src/commands/render/missing-bindings';

// No template in the pack has a binding without a default today, so a made-up one shows
// what happens when one does.
const meta = defineTemplate({
  id: 'Needy',
  name: { fa: 'نیازمند', en: 'Needy' },
  description: { fa: '', en: '' },
  category: 'logo',
  kind: '2d',
  tags: [],
  schema: z.object({
    title: z.string().min(1, { message: 'must not be empty' }),
    subtitle: text({ label: { fa: 'زیرعنوان', en: 'Subtitle' }, default: 'x', max: 10 }),
    logo: z.string().min(1).default(''),
  }),
  fps: 30,
  durationInFrames: 30,
  previewFrame: () => 0,
});

describe('missing bindings', () => {
  it('are the fields that fail although the user never set them', () => {
    expect(missingBindings(meta, {})).toEqual(['title', 'logo']);
    expect(missingBindings(meta, { title: 'ok', logo: 'a.png' })).toEqual([]);
    // A bad value the user typed is not "missing": validation reports it instead.
    expect(missingBindings(meta, { title: '', logo: 'a.png' })).toEqual([]);
  });

  it('none in the pack: every template renders with its defaults, so nobody is asked needlessly', () => {
    for (const template of TEMPLATE_CATALOG as readonly TemplateMeta[]) expect([template.id, missingBindings(template, {})]).toEqual([template.id, []]);
  });

  it('without a terminal they are one usage error that names them and the fix', async () => {
    const attempt = completeBindings(meta, bindingsJsonSchema(meta), { subtitle: 'y' });
    await expect(attempt).rejects.toMatchObject({
      code: 2,
      message: 'missing required bindings: title, logo; pass --set title=… --set logo=… or --props file.json',
    });
  });
});
