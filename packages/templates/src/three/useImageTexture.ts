import { useEffect, useState } from 'react';
import { continueRender, delayRender } from 'remotion';
import { SRGBColorSpace, TextureLoader, type Texture } from 'three';

export interface LoadedImage {
  texture: Texture;
  /** width / height of the source image, to size the plane it sits on. */
  aspect: number;
}

export interface ImageTextureState {
  /** False while the image loads: mount the 3D stage only once it is true. */
  ready: boolean;
  /** Null for an empty source or an image that failed to load (show generated artwork). */
  image: LoadedImage | null;
}

/**
 * Loads a user image (URL or data: URI — the render engine inlines local files) as a
 * texture, outside the canvas. The frame is held with delayRender until the texture is
 * committed, so the canvas mounts with it and its first drawn frame already shows it.
 * A broken image falls back to the generated artwork instead of failing the render.
 */
export function useImageTexture(source: string): ImageTextureState {
  const wanted = source.trim() !== '';
  const [handle] = useState(() => (wanted ? delayRender(`Loading image texture ${source.slice(0, 60)}`) : null));
  const [state, setState] = useState<ImageTextureState>({ ready: !wanted, image: null });

  useEffect(() => {
    if (!wanted) return;
    let active = true;
    const loader = new TextureLoader();
    loader.setCrossOrigin('anonymous');
    loader.load(
      source,
      (texture) => {
        texture.colorSpace = SRGBColorSpace;
        texture.anisotropy = 4;
        const { width, height } = texture.image as { width: number; height: number };
        if (active) setState({ ready: true, image: { texture, aspect: width / Math.max(1, height) } });
      },
      undefined,
      (error) => {
        console.warn('Image could not be loaded; using the generated artwork instead', error);
        if (active) setState({ ready: true, image: null });
      },
    );
    return () => {
      active = false;
    };
  }, [source, wanted]);

  // Released after the commit that mounts the textured scene, never before it.
  useEffect(() => {
    if (state.ready && handle !== null) continueRender(handle);
  }, [state.ready, handle]);

  return state;
}
