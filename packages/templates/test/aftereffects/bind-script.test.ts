import { describe, expect, it } from 'vitest';
import { bindingScript, type AeBindingPlan } from '../../src/aftereffects/bind-script';
import { planBindings } from '../../src/aftereffects/bindings-plan';
import { AeBindingError } from '../../src/aftereffects/errors';
import { aeText, hexToAeColor, jsxString } from '../../src/aftereffects/jsx-string';
import { requireTemplate } from '../../src/lookup';
import { validateBindings } from '../../src/bindings';
import { AVLayer, CompItem, Effect, FootageItem, Property, PropertyValueType, runInAe, TextDocument, TextLayer } from './ae-dom';

const evalString = (literal: string): unknown => new Function(`return ${literal};`)();

describe('jsxString', () => {
  const samples = [
    'استودیو نگارین',
    'نیم‌فاصله (ZWNJ) و «گیومه»',
    'say "hi" and \\ back',
    'line one\nline two\r\nthree',
    'separators \u2028 and \u2029',
    'emoji 🎂 and \u0000 nul',
  ];

  it('gives a pure-ASCII literal that reads back as the same string', () => {
    for (const sample of samples) {
      const literal = jsxString(sample);
      expect(literal).toMatch(/^"[\x20-\x7e]*"$/);
      expect(evalString(literal)).toBe(sample);
    }
  });

  it('escapes Persian letters, quotes and line breaks explicitly', () => {
    expect(jsxString('سلام')).toBe('"\\u0633\\u0644\\u0627\\u0645"');
    expect(jsxString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(jsxString('a\nb')).toBe('"a\\u000ab"');
    expect(aeText('a\nb\r\nc')).toBe('a\rb\rc');
  });

  it('turns #rrggbb into AE channels from 0 to 1', () => {
    expect(hexToAeColor('#ff8000')).toEqual([1, 0.501961, 0]);
    expect(hexToAeColor('#000000')).toEqual([0, 0, 0]);
    expect(hexToAeColor('#1A2B3C')).toEqual([0.101961, 0.168627, 0.235294]);
    expect(() => hexToAeColor('red')).toThrow(/#rrggbb/);
  });
});

describe('bindingScript', () => {
  const plan: AeBindingPlan = {
    texts: [
      { name: 'brandName', value: 'استودیو "نگارین"' },
      { name: 'tagline', value: 'خط اول\nخط دوم' },
    ],
    colors: [{ name: 'primary', rgb: [1, 0.501961, 0] }],
    footage: [{ name: 'logo', path: 'C:\\Brand\\لوگو.png' }],
  };

  it('is ASCII-only ES3 that ExtendScript can eval (no let/const/arrows/JSON/Array extras)', () => {
    const script = bindingScript(plan);
    expect(script).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
    const code = script.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(let|const|class)\b|=>|`|\bJSON\.|\.(forEach|map|filter|indexOf|includes|some)\(/);
    expect(code).not.toMatch(/,\s*[\]}]/);
    expect(bindingScript(plan)).toBe(script);
  });

  it('sets text layers, colour effects and footage by name, keeping the text style', () => {
    const keyed = new Property(PropertyValueType.TEXT_DOCUMENT, null, [new TextDocument('old', 'A'), new TextDocument('old', 'B')]);
    const brand = new TextLayer('brandName', 'Studio');
    const tagline = new TextLayer('tagline', keyed);
    const color = new Property(PropertyValueType.COLOR, [0, 0, 0, 1]);
    const controls = new AVLayer('Controls', [new Effect('primary', [new Property(PropertyValueType.OneD, 3), color])]);
    const logo = new FootageItem('logo');
    runInAe(bindingScript({ ...plan, footage: [{ name: 'logo', path: '/brand/logo.png' }] }), [
      new CompItem('LogoMotion-16x9', [brand, controls]),
      new CompItem('Titles', [tagline]),
      logo,
    ]);
    expect(brand.sourceText.value).toEqual(new TextDocument('استودیو "نگارین"'));
    expect(keyed.keys).toEqual([new TextDocument('خط اول\rخط دوم', 'A'), new TextDocument('خط اول\rخط دوم', 'B')]);
    expect(color.value).toEqual([1, 0.501961, 0, 1]);
    expect(logo.replacedWith).toBe('/brand/logo.png');
  });

  it('strict mode names everything the project lacks; lenient mode skips it', () => {
    const script = bindingScript(plan);
    expect(() => runInAe(script, [new CompItem('LogoMotion-16x9', [new TextLayer('brandName', 'x')])])).toThrow(
      'FlatRender: the project has no text layer "tagline", colour effect "primary", footage item "logo"',
    );
    const lenient = bindingScript({ ...plan, footage: [] }, { strict: false });
    expect(() => runInAe(lenient, [new CompItem('LogoMotion-16x9', [])])).not.toThrow();
  });

  it('fails on an image file that AE cannot find', () => {
    const script = bindingScript({ texts: [], colors: [], footage: [{ name: 'logo', path: '/tmp/missing.png' }] });
    expect(() => runInAe(script, [new FootageItem('logo')])).toThrow('FlatRender: image file not found: /tmp/missing.png');
  });
});

describe('planBindings', () => {
  const props = (template: string, bindings: Record<string, unknown>) => {
    const result = validateBindings(template, bindings);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.props;
  };

  it('maps LogoMotion fields by kind: texts, colours, and only the images that were given', () => {
    const meta = requireTemplate('LogoMotion');
    const plan = planBindings(meta, props('LogoMotion', { brandName: 'نگارین', primary: '#ff8000', logo: 'art/logo.png' }), '/work');
    expect(plan.texts.map((entry) => entry.name)).toEqual(['brandName', 'tagline']);
    expect(plan.texts[0]?.value).toBe('نگارین');
    expect(plan.colors.map((entry) => entry.name)).toEqual(['primary', 'secondary', 'accent', 'background', 'text']);
    expect(plan.colors[0]?.rgb).toEqual([1, 0.501961, 0]);
    expect(plan.footage).toEqual([{ name: 'logo', path: '/work/art/logo.png' }]);
    expect(planBindings(meta, props('LogoMotion', {})).footage).toEqual([]);
  });

  it('writes integers with Persian digits into their text layer', () => {
    const plan = planBindings(requireTemplate('HappyBirthday'), props('HappyBirthday', { age: 30 }));
    expect(plan.texts.find((entry) => entry.name === 'age')?.value).toBe('۳۰');
  });

  it('refuses what AE cannot apply instead of ignoring it', () => {
    const logo = requireTemplate('LogoMotion');
    expect(() => planBindings(logo, props('LogoMotion', { logo: 'https://example.com/logo.png' }))).toThrow(AeBindingError);
    const opener = requireTemplate('Opener');
    expect(() => planBindings(opener, props('Opener', {}))).not.toThrow();
    expect(() => planBindings(opener, props('Opener', { words: ['یک', 'دو'] }))).toThrow(/words: the After Effects engine cannot apply list bindings/);
  });
});
