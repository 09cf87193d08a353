import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerRenderCommand(program: Command): void {
  program
    .command('render')
    .description('render a template to a video file on this machine (verified with ffprobe before it appears at --out)')
    .argument('<template>', 'template id, e.g. LogoMotion')
    .option('--aspect <aspect>', 'frame: 16:9, 1:1 or 9:16', '16:9')
    .option('--quality <tier>', 'resolution tier, the shorter side: 480p, 720p, 1080p or 2160p', '1080p')
    .option('--set <key=value>', 'a binding; repeatable (numbers and JSON lists where the template wants them)', collect)
    .option('--props <file.json>', 'bindings from a JSON file (--set applies on top)')
    .option('--music <file|url>', 'music: looped or trimmed to the video, fades out at the end, ducks under the voiceover')
    .option('--music-volume <0-1>', 'music volume', '1')
    .option('--voiceover <file|url>', 'voiceover from the start of the video')
    .option('--voiceover-volume <0-1>', 'voiceover volume', '1')
    .option('--sfx <file|url>', 'sound effects track from the start of the video')
    .option('--sfx-volume <0-1>', 'sound effects volume', '1')
    .option('--codec <codec>', 'h264 (.mp4), vp9 (.webm), prores (.mov) or gif (.gif)', 'h264')
    .option('--crf <n>', 'constant rate factor: lower is better and larger (h264 1–51, vp9 0–63)')
    .option('--frames <range>', 'only these frames, inclusive: 0-89 (or one frame: 42)')
    .option('--concurrency <n>', 'browser tabs rendering frames at once (default: half the cores)')
    .option('--engine <engine>', 'remotion or aftereffects', 'remotion')
    .option('--out <path>', 'output file (default: <Template>-<aspect>-<quality>.<ext> here)')
    .option('--json', 'print the result as one JSON object')
    .action(lazyAction(async () => (await import('./render')).renderCommand));
}
