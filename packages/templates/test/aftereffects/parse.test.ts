import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyAerenderLine } from '../../src/aftereffects/parse-line';
import { parseAerenderOutput } from '../../src/aftereffects/render-log';
import { LineSplitter } from '../../src/aftereffects/line-splitter';
import { framesToTimecode, parseFrameRate, timecodeToFrames } from '../../src/aftereffects/timecode';

// Real aerender output from /work/shared/reference/aerender.md (see fixtures/logs/SOURCES.md).
const log = (name: string) => readFileSync(new URL(`./fixtures/logs/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseAerenderOutput(log(name));

describe('timecode', () => {
  it('counts frames at the nominal rate, as AE prints them', () => {
    expect(timecodeToFrames('0:00:27:16', 23.976)).toBe(664);
    expect(timecodeToFrames('0:00:05:00', 25)).toBe(125);
    expect(timecodeToFrames('0:00:06:16', 25)).toBe(166);
  });

  it('drops frames in drop-frame timecode (S3: 1;34;40;09 is comp frame 170239)', () => {
    expect(timecodeToFrames('1;34;40;09', 29.97)).toBe(170239);
    expect(timecodeToFrames('0;01;00;02', 29.97)).toBe(1800);
    expect(timecodeToFrames('0;10;00;00', 29.97)).toBe(17982);
  });

  it('reads frame rates in both decimal styles and writes timecode back', () => {
    expect(parseFrameRate('23.976 (comp)')).toBe(23.976);
    expect(parseFrameRate('25,00 (comp)')).toBe(25);
    expect(framesToTimecode(664, 24)).toBe('0:00:27:16');
    expect(timecodeToFrames(framesToTimecode(4321, 30), 30)).toBe(4321);
  });
});

describe('classifyAerenderLine', () => {
  it('keys frame lines on the timecode + (N) shape, in any language and either log format', () => {
    expect(classifyAerenderLine('PROGRESS:  0:00:24:20 (597): 1 Seconds')).toEqual({ kind: 'frame', timecode: '0:00:24:20', index: 597 });
    expect(classifyAerenderLine('  0:00:00:00 (1): 1 Sekunden')).toEqual({ kind: 'frame', timecode: '0:00:00:00', index: 1 });
    expect(classifyAerenderLine('PROGRESS:  1;34;40;09 (21280): 0 Seconds')).toMatchObject({ kind: 'frame', index: 21280 });
    expect(classifyAerenderLine('PROGRESS:  Start: 0:00:00:00')).toEqual({ kind: 'header', key: 'start', value: '0:00:00:00' });
  });

  it('finds every error spelling, wherever a wrapper put it', () => {
    expect(classifyAerenderLine('aerender ERROR: No comp was found with the given name.')).toEqual({ kind: 'error', label: 'ERROR', message: 'No comp was found with the given name.' });
    expect(classifyAerenderLine('aerender SYNTAX ERROR: Illegal argument flag: -reuse')).toMatchObject({ label: 'SYNTAX ERROR', message: 'Illegal argument flag: -reuse' });
    expect(classifyAerenderLine('aerender ERROR -1701: AEGetParamPt failed at line 918')).toMatchObject({ code: -1701, message: 'AEGetParamPt failed at line 918' });
    expect(classifyAerenderLine(log('s5-deadline-read-error.log').trim())).toMatchObject({
      kind: 'error',
      label: 'Error',
      message: 'After Effects error: Could not read from source. Please check the settings and try again.',
    });
  });

  it('reads composition names bare, quoted and curly-quoted, with or without the period', () => {
    expect(classifyAerenderLine('PROGRESS:  4/30/2019 1:59:13 AM: Starting composition main.')).toEqual({ kind: 'composition', event: 'starting', name: 'main' });
    expect(classifyAerenderLine('  19.05.2022 15:23:11: Starting composition “render”.')).toMatchObject({ name: 'render' });
    expect(classifyAerenderLine('PROGRESS:  5/7/2018 6:22:38 PM: Finished composition "Composition"')).toMatchObject({ event: 'finished', name: 'Composition' });
  });
});

describe('AerenderLog on the real logs', () => {
  it('S1: header of a 25 fps render, the script line and the missing-font warning', () => {
    const run = parse('s1-start-missing-font.log');
    expect(run.version).toBe('13.5x347');
    expect(run.scriptPath).toMatch(/nexrender-vSo37cYdM_qC0vfS7RC5j-script\.jsx$/);
    expect(run.frameRate).toBe(25);
    expect(run.totalFrames).toBe(125);
    expect(run.composition).toBe('main');
    expect(run.started).toBe(true);
    expect(run.finished).toBe(false);
    expect(run.renderedFrames).toBe(0);
    expect(run.warnings[0]).toContain('Font family: Roboto');
    expect(run.errors).toEqual([]);
  });

  it('S2: 23.976 fps, 664 frames from Duration, size and output from the header', () => {
    const run = parse('s2-header-frames-23976.log');
    expect(run.frameRate).toBe(23.976);
    expect(run.totalFrames).toBe(664);
    expect(run.frameSize).toEqual({ width: 1920, height: 1080 });
    expect(run.outputTo).toBe('/tmp/nexrender/3KNojAxglhLzzFuqPYHjY/result.mov');
    expect(run.renderedFrames).toBe(5);
    expect(run.finished).toBe(false);
  });

  it('S3: a frame printed twice counts once; finish, elapsed time and the late banner', () => {
    const run = parse('s3-dropframe-completion.log');
    expect(run.renderedFrames).toBe(1);
    expect(run.finished).toBe(true);
    expect(run.composition).toBe('00003 (30p)');
    expect(run.elapsed).toBe('26 Hr, 15 Min');
    expect(run.version).toBe('16.1x204');
  });

  it('S4: the -log file format, with a decimal comma and curly quotes', () => {
    const start = parse('s4a-logfile-start.log');
    expect(start.frameRate).toBe(25);
    expect(start.totalFrames).toBe(166);
    expect(start.composition).toBe('render');
    expect(start.renderedFrames).toBe(2);
    const finish = parse('s4b-logfile-finish.log');
    expect(finish.finished).toBe(true);
    expect(finish.composition).toBe('_Example 1');
    expect(finish.elapsed).toBe('17 Seconds');
    const empty = parse('s4c-logfile-empty.log');
    expect([empty.renderedFrames, empty.finished, empty.errors.length]).toEqual([0, false, 0]);
  });

  it('S5: each error keeps its message; garbled bytes stay attached to their error', () => {
    expect(parse('s5-no-comp.log').errors).toEqual([{ label: 'ERROR', message: 'No comp was found with the given name.', detail: [] }]);
    expect(parse('s5-syntax-reuse.log').errors[0]).toMatchObject({ label: 'SYNTAX ERROR', message: 'Illegal argument flag: -reuse' });
    const dume = parse('s5-dume-error.log');
    expect(dume.version).toBe('17.7x45');
    expect(dume.errors[0]).toMatchObject({ code: -1701, message: 'AEGetParamPt failed at line 918' });
    const garbled = parse('s5-garbled-error.log');
    expect(garbled.errors).toHaveLength(1);
    expect(garbled.errors[0]?.message).toMatch(/^After Effects\uFFFD: 2"y 1/);
    expect(garbled.errors[0]?.detail).toHaveLength(1);
    expect(garbled.errors[0]?.detail[0]).toContain('/tmp/nexrender/cfsZgEsZKwJU50vm56mKt');
    expect(garbled.version).toBe('17.1.1x34');
  });

  it('S5: missing footage is a warning after the finish; CC 2017 finishes without a period', () => {
    const footage = parse('s5-missing-footage.log');
    expect(footage.finished).toBe(true);
    expect(footage.warnings[0]).toContain('Unable to Render: File Not Found');
    const cc2017 = parse('s5-cc2017-finish.log');
    expect([cc2017.finished, cc2017.composition, cc2017.elapsed]).toEqual([true, 'Composition', '1 Min, 28 Sec']);
  });

  it('attaches a script exception (printed on the next line) to "Error executing script"', () => {
    const run = parseAerenderOutput(
      [
        'Running Script: /tmp/flatrender-ae-x/LogoMotion-bindings.jsx',
        'aerender ERROR: Error executing script: /tmp/flatrender-ae-x/LogoMotion-bindings.jsx',
        'Error: FlatRender: the project has no text layer "brandName"',
        'aerender ERROR: Runtime error in After Effects.',
        'PROGRESS: Launching After Effects...',
      ].join('\r\n'),
    );
    expect(run.errors.map((error) => [error.message, error.detail])).toEqual([
      ['Error executing script: /tmp/flatrender-ae-x/LogoMotion-bindings.jsx', ['Error: FlatRender: the project has no text layer "brandName"']],
      ['Runtime error in After Effects.', []],
    ]);
  });
});

describe('LineSplitter', () => {
  it('splits on CRLF, CR and LF, across chunk boundaries, and decodes bad bytes to U+FFFD', () => {
    const splitter = new LineSplitter();
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(splitter.push(bytes('one\r'))).toEqual(['one']);
    expect(splitter.push(bytes('\ntwo\rthree\nfo'))).toEqual(['two', 'three']);
    // "ö" split between chunks, then a byte that is not UTF-8.
    expect(splitter.push(new Uint8Array([0x75, 0x72, 0xc3]))).toEqual([]);
    expect(splitter.push(new Uint8Array([0xb6, 0xff, 0x0a]))).toEqual(['four\u00f6\ufffd']);
    expect(splitter.push(bytes('tail'))).toEqual([]);
    expect(splitter.end()).toEqual(['tail']);
  });
});
