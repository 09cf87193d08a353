import { aeText, jsxString } from './jsx-string';

/** What one render changes in the project, by the names the designer gave layers, effects and items. */
export interface AeBindingPlan {
  /** Text layers named like the field get this source text. */
  texts: { name: string; value: string }[];
  /** Effects named like the field (e.g. an Expression Controls › Color Control) get this colour, 0–1. */
  colors: { name: string; rgb: [number, number, number] }[];
  /** Footage items named like the field are replaced with this local file. */
  footage: { name: string; path: string }[];
}

export interface BindScriptOptions {
  /** Throw (aerender prints it as an error) when a binding finds nothing to change. Default true. */
  strict?: boolean;
}

const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(',\n    ')}\n  ]`);
const number = (value: number) => (Number.isFinite(value) ? String(value) : '0');

// ExtendScript is ES3: no let/const, arrows, JSON, Array#indexOf/forEach or trailing commas.
const BODY = `
  var project = app.project;
  var hits = {};

  function hit(kind, name) {
    hits[kind + ":" + name] = (hits[kind + ":" + name] || 0) + 1;
  }

  function setText(layer, value) {
    var source = layer.property("ADBE Text Properties").property("ADBE Text Document");
    var k, doc;
    if (source.numKeys === 0) {
      doc = source.value;
      doc.text = value;
      source.setValue(doc);
      return;
    }
    for (k = 1; k <= source.numKeys; k++) {
      doc = source.keyValue(k);
      doc.text = value;
      source.setValueAtKey(k, doc);
    }
  }

  function setColor(effect, rgb) {
    var value = [rgb[0], rgb[1], rgb[2], 1];
    var p, k, prop;
    for (p = 1; p <= effect.numProperties; p++) {
      prop = effect.property(p);
      if (prop.propertyValueType === PropertyValueType.COLOR) {
        if (prop.numKeys === 0) prop.setValue(value);
        for (k = 1; k <= prop.numKeys; k++) prop.setValueAtKey(k, value);
        return true;
      }
    }
    return false;
  }

  function applyToLayer(layer) {
    var i, e, effect, effects;
    if (layer instanceof TextLayer) {
      for (i = 0; i < texts.length; i++) {
        if (layer.name === texts[i].name) {
          setText(layer, texts[i].value);
          hit("text", texts[i].name);
        }
      }
    }
    effects = layer.property("ADBE Effect Parade");
    if (!effects) return;
    for (e = 1; e <= effects.numProperties; e++) {
      effect = effects.property(e);
      for (i = 0; i < colors.length; i++) {
        if (effect.name === colors[i].name && setColor(effect, colors[i].rgb)) hit("color", colors[i].name);
      }
    }
  }

  var n, l, f, item, file, matches, missing = [];
  for (n = 1; n <= project.numItems; n++) {
    item = project.item(n);
    if (item instanceof CompItem) {
      for (l = 1; l <= item.numLayers; l++) applyToLayer(item.layer(l));
    }
  }
  for (f = 0; f < footage.length; f++) {
    file = new File(footage[f].path);
    if (!file.exists) throw new Error("FlatRender: image file not found: " + footage[f].path);
    // Collect first: replace() may rename the item after its new file.
    matches = [];
    for (n = 1; n <= project.numItems; n++) {
      item = project.item(n);
      if (item instanceof FootageItem && item.name === footage[f].name) matches.push(item);
    }
    for (n = 0; n < matches.length; n++) {
      matches[n].replace(file);
      hit("image", footage[f].name);
    }
  }
  if (strict) {
    for (n = 0; n < texts.length; n++) if (!hits["text:" + texts[n].name]) missing.push("text layer \\"" + texts[n].name + "\\"");
    for (n = 0; n < colors.length; n++) if (!hits["color:" + colors[n].name]) missing.push("colour effect \\"" + colors[n].name + "\\"");
    for (n = 0; n < footage.length; n++) if (!hits["image:" + footage[n].name]) missing.push("footage item \\"" + footage[n].name + "\\"");
    if (missing.length > 0) throw new Error("FlatRender: the project has no " + missing.join(", "));
  }`;

/**
 * The ExtendScript that aerender runs (`-r`, nexrender's commandLineRenderer patch) after
 * opening the project and before adding the comp to the render queue. It edits the open
 * project in memory only; `-close DO_NOT_SAVE_CHANGES` keeps the .aep on disk untouched.
 * Pure: the same plan always gives the same text, all of it ASCII.
 */
export function bindingScript(plan: AeBindingPlan, options: BindScriptOptions = {}): string {
  const texts = plan.texts.map((entry) => `{ name: ${jsxString(entry.name)}, value: ${jsxString(aeText(entry.value))} }`);
  const colors = plan.colors.map((entry) => `{ name: ${jsxString(entry.name)}, rgb: [${entry.rgb.map(number).join(', ')}] }`);
  const footage = plan.footage.map((entry) => `{ name: ${jsxString(entry.name)}, path: ${jsxString(entry.path)} }`);
  return [
    '// FlatRender: applies one render\'s bindings to the open project (generated; do not edit).',
    '(function () {',
    `  var strict = ${options.strict === false ? 'false' : 'true'};`,
    `  var texts = ${list(texts)};`,
    `  var colors = ${list(colors)};`,
    `  var footage = ${list(footage)};`,
    BODY,
    '})();',
    '',
  ].join('\n');
}
