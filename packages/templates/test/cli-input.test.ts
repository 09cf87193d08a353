import { describe, expect, it } from 'vitest';
import { errorLines, runCli } from './support/cli';

// Bad input never reaches the browser: each case is an exit 2 with one line that names the
// field and what is allowed.
const CASES: Array<[string, string[], RegExp]> = [
  ['unknown template', ['templates', 'still', 'logomotoin', '--out', 'x.png'], /^unknown template "logomotoin"; did you mean "LogoMotion"\?/],
  ['unknown aspect', ['templates', 'still', 'LogoMotion', '--aspect', '4:3', '--out', 'x.png'], /^aspect: unknown aspect "4:3"; allowed: 16:9, 1:1, 9:16$/],
  ['malformed --set', ['templates', 'still', 'LogoMotion', '--set', 'brandName', '--out', 'x.png'], /^--set "brandName": expected key=value \(keys: .*brandName/],
  ['colour not #rrggbb', ['templates', 'still', 'LogoMotion', '--set', 'primary=red', '--out', 'x.png'], /^primary: must be a colour like #1a2b3c \(got "red"\)$/],
  ['text over max', ['templates', 'still', 'LogoMotion', '--set', `brandName=${'ب'.repeat(300)}`, '--out', 'x.png'], /^brandName: at most \d+ characters \(got 300\)$/],
  ['missing image file', ['templates', 'still', 'LogoMotion', '--set', 'logo=/no/such/logo.png', '--out', 'x.png'], /^logo: image file not found: \/no\/such\/logo\.png/],
  ['frame out of range', ['templates', 'still', 'LogoMotion', '--frame', '100000', '--out', 'x.png'], /^frame: must be a whole number from 0 to \d+ \(got 100000\)$/],
  ['unknown binding', ['templates', 'still', 'LogoMotion', '--set', 'brandNmae=x', '--out', 'x.png'], /^brandNmae: not a binding of this template \(did you mean "brandName"\?\)/],
];

describe.concurrent('flatrender templates still: bad input', () => {
  it.each(CASES)('%s → exit 2 and one line', async (_name, args, message) => {
    const { code, stderr } = await runCli(args);
    const lines = errorLines(stderr);
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(code).toBe(2);
  });

  it('validate rejects an unknown template the same way', async () => {
    const { code, stderr } = await runCli(['templates', 'validate', '--only', 'Hero3d']);
    expect(errorLines(stderr)).toEqual(['unknown template "Hero3d"; did you mean "Hero3D"? (see `flatrender templates list`)']);
    expect(code).toBe(2);
  });
});
