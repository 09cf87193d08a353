import { describe, expect, it } from 'vitest';
import { BindingInputError, parseSetArguments } from '../src/bindings/parse-set';

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    discount: { type: 'integer' },
    words: { type: 'array', items: { type: 'string' } },
    mode: { type: 'string', enum: ['a', 'b'] },
  },
};

describe('--set parsing', () => {
  it('coerces by the schema: text stays text, numbers and JSON lists are parsed', () => {
    expect(parseSetArguments(['title=2025', 'discount=40', 'words=["a","b"]', 'mode=b', 'title=a=b'], schema)).toEqual({
      title: 'a=b',
      discount: 40,
      words: ['a', 'b'],
      mode: 'b',
    });
  });

  it('passes unknown keys through for validateBindings to name', () => {
    expect(parseSetArguments(['titel=x'], schema)).toEqual({ titel: 'x' });
  });

  it.each([
    ['title', /expected key=value/],
    ['=x', /expected key=value/],
    ['discount=abc', /--set discount: expected a number/],
    ['discount=', /--set discount: expected a number/],
    ['words=[a,', /--set words: expected a JSON array/],
  ])('rejects %s in one line', (argument, message) => {
    expect(() => parseSetArguments([argument], schema)).toThrow(BindingInputError);
    expect(() => parseSetArguments([argument], schema)).toThrow(message);
  });
});
