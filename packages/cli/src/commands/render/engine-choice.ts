import { createAfterEffectsEngine, RemotionEngine, type EngineName, type RenderEngine } from '@flatrender/templates';

/**
 * The engine behind `--engine`. Both take Ctrl-C from this command: it aborts the render
 * and disposes the engine, which closes the browser or kills aerender.
 */
export function createEngine(name: EngineName): RenderEngine {
  if (name === 'aftereffects') return createAfterEffectsEngine({ env: process.env });
  return new RemotionEngine({ ownSignals: true });
}
