import type { ComponentType } from 'react';
import { Composition } from 'remotion';
import { ASPECT_IDS, ASPECTS, compositionId } from '../contract/aspects';
import { durationOf, type TemplateMeta } from '../contract/define';
import { TEMPLATE_CATALOG } from '../templates/catalog';
import { TEMPLATE_COMPONENTS } from '../templates/components';

function compositionsOf(meta: TemplateMeta, component: ComponentType<Record<string, unknown>>) {
  const defaultProps = meta.schema.parse({}) as Record<string, unknown>;
  return ASPECT_IDS.map((aspect) => (
    <Composition
      key={compositionId(meta.id, aspect)}
      id={compositionId(meta.id, aspect)}
      component={component}
      // Remotion validates input props against the same zod schema the manifest exports.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      schema={meta.schema as any}
      defaultProps={defaultProps}
      width={ASPECTS[aspect].width}
      height={ASPECTS[aspect].height}
      fps={meta.fps}
      durationInFrames={durationOf(meta, defaultProps)}
      calculateMetadata={({ props }) => ({ durationInFrames: durationOf(meta, props) })}
    />
  ));
}

/** Every template × every aspect: 48 compositions, all from the one catalog. */
export function RemotionRoot() {
  return <>{TEMPLATE_CATALOG.map((meta) => compositionsOf(meta as unknown as TemplateMeta, TEMPLATE_COMPONENTS[meta.id]))}</>;
}
