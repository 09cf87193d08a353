import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImageFileError, inlineLocalImages, type JsonSchema } from '@flatrender/templates';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', kind: 'text' },
    logo: { type: 'string', kind: 'image' },
    slides: { type: 'array', items: { type: 'object', properties: { photo: { type: 'string', kind: 'image' }, caption: { type: 'string' } } } },
  },
};

describe('inlineLocalImages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flatrender-images-'));
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

  it('turns local paths (also inside lists) into data: URIs and leaves URLs and text alone', async () => {
    const props = await inlineLocalImages(
      schema,
      { title: 'logo.png', logo: 'logo.png', slides: [{ photo: join(dir, 'logo.png'), caption: 'x' }, { photo: 'https://example.com/a.jpg', caption: 'y' }] },
      dir,
    );
    expect(props.title).toBe('logo.png');
    expect(props.logo).toBe('data:image/png;base64,iVBORw==');
    expect(props.slides).toEqual([
      { photo: 'data:image/png;base64,iVBORw==', caption: 'x' },
      { photo: 'https://example.com/a.jpg', caption: 'y' },
    ]);
  });

  it('names the field when a file is missing', async () => {
    const attempt = inlineLocalImages(schema, { logo: 'logo.png', slides: [{ photo: 'https://example.com/a.jpg' }, { photo: 'missing.png' }] }, dir);
    await expect(attempt).rejects.toBeInstanceOf(ImageFileError);
    await expect(attempt).rejects.toThrow(/^slides\[1\]\.photo: image file not found: .*missing\.png/);
  });
});
