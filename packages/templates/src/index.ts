// Node-side entry of @flatrender/templates: metadata, schemas and the render helpers.
// Never re-export anything that imports React components or font files from here.
export * from './contract/aspects';
export * from './contract/fields';
export * from './contract/define';
export { COLOR_SLOTS, PALETTES, type ColorSlot, type Palette } from './brand/colors';
export { toPersianDigits } from './brand/digits';
export { TEMPLATE_CATALOG, type TemplateId } from './templates/catalog';
