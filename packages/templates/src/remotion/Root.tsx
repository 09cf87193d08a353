import type { ComponentType } from 'react';
import { Composition } from 'remotion';
import { ASPECT_IDS, ASPECTS, compositionId } from '../contract/aspects';
import { durationOf, type TemplateMeta } from '../contract/define';
import { TEMPLATE_CATALOG } from '../templates/catalog';
import { TEMPLATE_COMPONENTS, type LazyTemplateComponent } from '../templates/components';
import { LayoutProbe } from './LayoutProbe';

type AnyProps = Record<string, unknown>;

/** The template plus the (normally dormant) layout probe used by `templates validate`. */
function withLayoutProbe(Template: ComponentType<AnyProps>): ComponentType<AnyProps> {
  return function ProbedTemplate(props: AnyProps) {
    return (
      <>
        <Template {...props} />
        <LayoutProbe />
      </>
    );
  };
}

function probedLoader(load: LazyTemplateComponent): () => Promise<{ default: ComponentType<AnyProps> }> {
  return () => load().then((module) => ({ default: withLayoutProbe(module.default) }));
}

// Built once: Remotion keys its React.lazy on the loader's identity, so a loader created
// during render would remount the template on every render of the root.
const LOADERS = new Map(TEMPLATE_CATALOG.map((meta) => [meta.id, probedLoader(TEMPLATE_COMPONENTS[meta.id])]));

function compositionsOf(meta: TemplateMeta, lazyComponent: () => Promise<{ default: ComponentType<AnyProps> }>) {
  const defaultProps = meta.schema.parse({}) as AnyProps;
  return ASPECT_IDS.map((aspect) => (
    <Composition
      key={compositionId(meta.id, aspect)}
      id={compositionId(meta.id, aspect)}
      lazyComponent={lazyComponent}
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
  return <>{TEMPLATE_CATALOG.map((meta) => compositionsOf(meta as unknown as TemplateMeta, LOADERS.get(meta.id)!))}</>;
}
