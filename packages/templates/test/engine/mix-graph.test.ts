import { describe, expect, it } from 'vitest';
import { audioFilterGraph, DUCK_ATTACK, DUCK_RELEASE, mergeForDucking, musicGainExpression } from '../../src/engine/audio/mix-graph';
import { complement, parseSilences } from '../../src/engine/audio/speech';

describe('voiceover speech detection', () => {
  it('turns silencedetect output into speech intervals, including a silence that runs to the end', () => {
    const stderr = [
      '[silencedetect @ 0x1] silence_start: 1.5',
      '[silencedetect @ 0x1] silence_end: 2.25 | silence_duration: 0.75',
      '[silencedetect @ 0x1] silence_start: 4',
    ].join('\n');
    const silences = parseSilences(stderr, 5);
    expect(silences).toEqual([[1.5, 2.25], [4, 5]]);
    expect(complement(silences, 5)).toEqual([[0, 1.5], [2.25, 4]]);
    expect(complement([], 3)).toEqual([[0, 3]]);
  });

  it('joins speech whose ducks would touch, so the music does not bob between words', () => {
    const gap = DUCK_ATTACK + DUCK_RELEASE;
    expect(mergeForDucking([[0, 1], [1 + gap / 2, 2], [2 + gap * 2, 3]])).toEqual([[0, 2], [2 + gap * 2, 3]]);
  });
});

describe('audio filter graph', () => {
  it('loops, ducks and fades the music, sums without normalising and cuts the rendered range', () => {
    const graph = audioFilterGraph({
      inputs: [
        { role: 'music', input: 1, volume: 0.8 },
        { role: 'voiceover', input: 2, volume: 1 },
        { role: 'sfx', input: 3, volume: 0.5 },
      ],
      compositionSeconds: 6,
      startSeconds: 1,
      endSeconds: 2.5,
      speech: [[0, 0.5]],
    });
    expect(graph).toContain("[1:a]aresample=48000");
    expect(graph).toContain('amix=inputs=3:duration=longest:normalize=0');
    expect(graph).toContain('volume=0.5[sfx]');
    expect(graph).toMatch(/atrim=start=1:end=2\.5,asetpts=PTS-STARTPTS\[aout\]$/);
    expect(musicGainExpression(0.8, 6, [])).toBe('0.8*1*clip((6-t)/2,0,1)');
  });

  it('a single track needs no mixer', () => {
    const graph = audioFilterGraph({ inputs: [{ role: 'sfx', input: 1, volume: 1 }], compositionSeconds: 2, startSeconds: 0, endSeconds: 2, speech: [] });
    expect(graph).not.toContain('amix');
    expect(graph).toMatch(/\[sfx\]atrim=start=0:end=2/);
  });
});
