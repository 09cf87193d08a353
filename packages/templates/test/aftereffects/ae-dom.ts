import { runInNewContext } from 'node:vm';

/**
 * The few After Effects DOM objects the binding script touches, so the generated
 * ExtendScript can run in Node's vm. Names and match names follow Adobe's scripting guide
 * (ADBE Text Properties › ADBE Text Document, ADBE Effect Parade, PropertyValueType.COLOR).
 */
export const PropertyValueType = { COLOR: 6418, OneD: 6417, TEXT_DOCUMENT: 6420 } as const;

export class TextDocument {
  constructor(
    public text: string,
    public font = 'Vazirmatn-Bold',
  ) {}
}

export class Property {
  constructor(
    readonly propertyValueType: number,
    public value: unknown,
    readonly keys: unknown[] = [],
  ) {}
  get numKeys() {
    return this.keys.length;
  }
  setValue(value: unknown) {
    if (this.keys.length > 0) throw new Error('setValue on a keyframed property');
    this.value = value;
  }
  keyValue(index: number) {
    return this.keys[index - 1];
  }
  setValueAtKey(index: number, value: unknown) {
    this.keys[index - 1] = value;
  }
}

export class Effect {
  constructor(
    readonly name: string,
    readonly properties: Property[],
  ) {}
  get numProperties() {
    return this.properties.length;
  }
  property(index: number) {
    return this.properties[index - 1];
  }
}

export class AVLayer {
  constructor(
    readonly name: string,
    readonly effects: Effect[] = [],
  ) {}
  property(name: string): unknown {
    if (name !== 'ADBE Effect Parade') return null;
    const effects = this.effects;
    return { numProperties: effects.length, property: (index: number) => effects[index - 1] };
  }
}

export class TextLayer extends AVLayer {
  readonly sourceText: Property;
  constructor(name: string, text: string | Property, effects: Effect[] = []) {
    super(name, effects);
    this.sourceText = typeof text === 'string' ? new Property(PropertyValueType.TEXT_DOCUMENT, new TextDocument(text)) : text;
  }
  override property(name: string): unknown {
    if (name === 'ADBE Text Properties') return { property: (inner: string) => (inner === 'ADBE Text Document' ? this.sourceText : null) };
    return super.property(name);
  }
}

export class CompItem {
  constructor(
    readonly name: string,
    readonly layers: AVLayer[],
  ) {}
  get numLayers() {
    return this.layers.length;
  }
  layer(index: number) {
    return this.layers[index - 1];
  }
}

export class File {
  constructor(readonly fsName: string) {}
  get exists() {
    return !this.fsName.includes('missing');
  }
}

export class FootageItem {
  replacedWith: string | undefined;
  constructor(public name: string) {}
  replace(file: File) {
    this.replacedWith = file.fsName;
    this.name = file.fsName.split('/').pop() ?? this.name;
  }
}

/** Runs a generated script against a project of these items, like aerender's eval would. */
export function runInAe(script: string, items: Array<CompItem | FootageItem>): void {
  const project = { numItems: items.length, item: (index: number) => items[index - 1] };
  runInNewContext(script, { app: { project }, CompItem, TextLayer, FootageItem, File, PropertyValueType });
}
