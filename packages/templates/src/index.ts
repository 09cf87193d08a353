// Node-side entry of @flatrender/templates: metadata, schemas and the render helpers.
// Never re-export anything that imports React components or font files from here.
export * from './contract/aspects';
export * from './contract/fields';
export * from './contract/define';
export { COLOR_SLOTS, PALETTES, type ColorSlot, type Palette } from './brand/colors';
export { toPersianDigits } from './brand/digits';
export { TEMPLATE_CATALOG, type TemplateId } from './templates/catalog';

// Manifest and bindings (zod only).
export { templateManifest, manifestEntry, bindingsJsonSchema, defaultPropsOf } from './manifest';
export type { JsonSchema, ManifestAspect, TemplateManifestEntry } from './manifest';
export { findTemplate, suggestTemplate, requireTemplate, closestMatch, editDistance, TEMPLATE_IDS, UnknownTemplateError } from './lookup';
export { validateBindings, bindingIssuesLine, formatPath, InvalidBindingsError } from './bindings';
export type { BindingIssue, BindingsResult } from './bindings';

// Render helpers. Remotion itself is imported lazily inside them, so importing this entry
// (the server does, for the manifest) never loads the renderer or the bundler.
export { describeBrowser, resolveBrowser, resolveGl, launchOptions, browserVersion, BrowserNotFoundError } from './render/browser';
export type { BrowserLaunchOptions, BrowserSource, ResolvedBrowser } from './render/browser';
export { templateBundle, templateSourceHash, bundlesDir } from './render/bundle-cache';
export type { TemplateBundle } from './render/bundle-cache';
export { RenderSession } from './render/session';
export type { FrameOptions, RenderedFrame, RenderSessionOptions } from './render/session';
export { prepareRender, templateComposition, requireAspect, UnknownAspectError } from './render/prepare';
export type { PreparedRender } from './render/prepare';
export { inlineLocalImages, ImageFileError } from './render/inline-images';
export { renderTemplateStill, resolveStillFrame, FrameOutOfRangeError } from './render/still';
export type { TemplateStillRequest, TemplateStillResult } from './render/still';
export { findRemotionBinaries, binaryEnv, binaryVersion } from './render/ffmpeg';
export type { RemotionBinaries } from './render/ffmpeg';

// Pack validation (`flatrender templates validate`).
export { validateTemplatePack } from './validate/validate-pack';
export type { ValidatePackOptions, ValidationReport } from './validate/validate-pack';
export type { CaseResult, StillCheck } from './validate/check-case';
export { PROP_VARIANTS, variantBindings, mixedText, type PropVariant } from './validate/hostile-props';
export { decodePng, type DecodedPng } from './validate/png';
export { pixelStats, pixelDifference, BLANK_STDDEV, type PixelStats } from './validate/pixels';
export { sampleFrames, SAMPLE_POINTS } from './validate/sample-frames';
export { CATEGORY_LABELS } from './categories';

// After Effects engine (aerender). Node-only; nothing here loads Remotion or After Effects eagerly.
export { createAfterEffectsEngine, type AfterEffectsEngineOptions } from './aftereffects/engine';
export { AERENDER_ENV, AE_PROJECTS_ENV, aeCompName, projectFileFor, resolveAerender, resolveProjectsDir } from './aftereffects/config';
export { aerenderArgs, type AerenderArgsInput } from './aftereffects/args';
export { bindingScript, type AeBindingPlan, type BindScriptOptions } from './aftereffects/bind-script';
export { planBindings } from './aftereffects/bindings-plan';
export { classifyAerenderLine, type AerenderLine } from './aftereffects/parse-line';
export { AerenderLog, parseAerenderOutput } from './aftereffects/render-log';
export { DEFAULT_OUTPUT_MODULES, DEFAULT_RENDER_SETTINGS, type AeOutputModule, type AeOutputModules } from './aftereffects/output-profile';
export {
  AerenderError,
  AerenderHangError,
  AerenderNotConfiguredError,
  AeProjectNotFoundError,
  AeBindingError,
  type AerenderMessage,
} from './aftereffects/errors';

// The render engine (`flatrender render`, later the agent): one interface, Remotion behind it.
export { QUALITY_TIERS, CODECS } from './engine/types';
export type { AudioTrackInput, Codec, EngineName, QualityTier, RenderAudio, RenderEngine, RenderProgress, RenderRequest, RenderResult, RenderStage } from './engine/types';
export { RemotionEngine, createRemotionEngine } from './engine/remotion-engine';
export type { RemotionEngineOptions } from './engine/remotion-engine';
export { RenderInputError, RenderCancelledError } from './engine/errors';
export { checkRenderRequest, resolveFrameRange } from './engine/request';
export type { CheckedRequest } from './engine/request';
export { outputSize, requireQualityTier, isQualityTier } from './engine/quality';
export type { OutputSize } from './engine/quality';
export { CODEC_SPECS, requireCodec } from './engine/codecs';
export { probeMedia, probeAudio, verifyOutput, OutputVerificationError } from './engine/probe';
export type { AudioProbe, MediaProbe, ExpectedOutput } from './engine/probe';
export { resolveAudio, AUDIO_ROLES } from './engine/audio/sources';
export type { AudioRole, ResolvedAudioTrack } from './engine/audio/sources';
export { muxAudio } from './engine/audio/mux';
export { runFfmpeg } from './engine/ffmpeg-run';
export type { MediaOptions } from './render/session';
