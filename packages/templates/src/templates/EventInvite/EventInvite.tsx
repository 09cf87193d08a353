import { AbsoluteFill } from 'remotion';
import { BrandCanvas, FitText, useTypeScale } from '../../brand';
import type { TemplateProps } from '../../contract/define';
import type { EventInviteMeta } from './meta';

// PLACEHOLDER — the real template replaces this file.
export function EventInvite(props: TemplateProps<typeof EventInviteMeta>) {
  const type = useTypeScale();
  return (
    <BrandCanvas background={props.background} color={props.text}>
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
        <FitText text={props.title} width={900 * type.unit} maxFontSize={type.h1} color={props.text} />
      </AbsoluteFill>
    </BrandCanvas>
  );
}
