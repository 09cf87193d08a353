import type { Command } from 'commander';
import { lazyAction } from '../../run-command';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerTemplateCommands(program: Command): void {
  const templates = program.command('templates').description('the Remotion template pack: list, render stills, validate');
  templates
    .command('list')
    .description('every template with its aspects, duration and number of bindings')
    .option('--json', 'print the full manifest (bindings as JSON Schema) as JSON')
    .action(lazyAction(async () => (await import('./list')).templatesListCommand));
  templates
    .command('still')
    .description('render one frame of a template to a PNG or JPEG')
    .argument('<template>', 'template id, e.g. LogoMotion')
    .requiredOption('--out <file>', 'output image (.png, .jpg)')
    .option('--aspect <aspect>', 'frame: 16:9, 1:1 or 9:16', '16:9')
    .option('--frame <n>', 'frame number (default: the template’s preview frame)')
    .option('--at <time>', 'time instead of a frame, e.g. 2.5s or 1500ms')
    .option('--set <key=value>', 'a binding; repeatable (numbers and JSON lists where the template wants them)', collect)
    .option('--props <file.json>', 'bindings from a JSON file (--set applies on top)')
    .option('--scale <factor>', 'output size factor (0.5 = half size)', '1')
    .option('--json', 'print the result as JSON')
    .action(lazyAction(async () => (await import('./still')).templatesStillCommand));
  templates
    .command('validate')
    .description('render every template × aspect with default and hostile bindings; fail on blank frames or text overflow')
    .option('--only <template>', 'only these templates (repeatable or comma-separated)', collect)
    .option('--aspect <aspect>', 'only these aspects (repeatable or comma-separated)', collect)
    .option('--variant <variant>', 'only these bindings variants: default, longest, empty', collect)
    .option('--scale <factor>', 'still size factor; small is faster', '0.25')
    .option('--concurrency <n>', 'cases rendered at once', '1')
    .option('--json', 'print the report as JSON')
    .action(lazyAction(async () => (await import('./validate')).templatesValidateCommand));
}
