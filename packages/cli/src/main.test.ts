import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.test-helper.ts';

const DEMO = ['fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'];

describe('sociogram (global options)', () => {
  it('--version prints the version of @sociogram/cli', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCli('--version')).toEqual({ code: 0, stdout: version, stderr: '' });
  });

  it('--help lists the commands; no command is a usage error', async () => {
    expect((await runCli('--help')).stdout).toContain('plan classes');
    expect((await runCli()).code).toBe(1);
    expect((await runCli('--json', 'import')).code).toBe(1);
  });
});

describe('sociogram <command> --help', () => {
  it.each([
    [['import'], '--roster', '--seed'],
    [['analyse'], '--seed', '--layout'],
    [['plan', 'groups'], '--rotation', '--layout'],
    [['plan', 'seating'], '--layout', '--rotation'],
    [['plan', 'support'], '--pupil', '--workers'],
    [['plan', 'classes'], '--classes', '--pupil'],
  ])('%j prints its own options', async (command, own, other) => {
    const { code, stdout } = await runCli(...command, '--help');
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: sociogram ${command.join(' ')}`);
    expect(stdout).toContain(own);
    expect(stdout).not.toContain(other);
  });

  it('plan --help lists the plans', async () => {
    expect((await runCli('plan', '--help')).stdout).toContain('sociogram plan seating --help');
  });
});

describe('options are checked per command', () => {
  it('import --classes 3 is a usage error that names the command', async () => {
    const { code, stdout, stderr } = await runCli('import', ...DEMO, '--classes', '3');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('import does not take --classes');
    expect(stderr).toContain('sociogram import --help');
  });

  it('rejects another plan\'s options and a missing option value', async () => {
    expect((await runCli('plan', 'support', ...DEMO, '--pupil', 'p01', '--rotation')).stderr).toContain('plan support does not take --rotation');
    expect((await runCli('analyse', ...DEMO, '--layout', 'x.json')).code).toBe(1);
    expect((await runCli('import', 'a.csv', '--roster')).code).toBe(1);
  });
});
