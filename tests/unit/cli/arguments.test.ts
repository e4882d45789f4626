// What a command's arguments expect, as messages say it: a missing positional named with the
// command's usage, and a lone "-" (which yargs reads as '', or drops from a list) refused plainly.

import { afterEach, describe, expect, it } from 'vitest';
import { type CommandArguments, dashIssues, missingArgumentsMessage, positionalNames } from '../../../src/cli/arguments.js';
import { commandsByName } from '../../../src/cli/commands/index.js';
import { cli, setMessageLanguage } from '../../../src/text/messages.js';

// As the commands describe theirs (tests/cli/shell.test.ts checks each module against its usage).
const KINDS = ['calls', 'appointments', 'visits'];
const loaded: Record<'run' | 'import' | 'merge' | 'calibrate', { readonly arguments: CommandArguments }> = {
  run: { arguments: { positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } }, fileFlags: { out: { expects: cli.folderExpected, file: 'output' } } } },
  import: { arguments: { positionals: { kind: { expects: () => cli.expectedImportKind(KINDS) }, file: { expects: cli.expectedCsvFile, file: 'input' } } } },
  merge: { arguments: { positionals: { folders: { expects: cli.expectedShardFolders, file: 'input' } } } },
  calibrate: { arguments: { positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } }, fileFlags: { calls: { expects: cli.expectedCsvFile, file: 'input' } } } },
};
const described = (usage: string): CommandArguments => ({
  positionals: Object.fromEntries(positionalNames(usage).map((name) => [name, { expects: () => `the ${name}` }])),
});

describe('the arguments of a command', () => {
  afterEach(() => setMessageLanguage('en'));

  it('positionals are read from the usage', () => {
    expect(positionalNames('import <kind> <file>')).toEqual(['kind', 'file']);
    expect(positionalNames('merge <folders..>')).toEqual(['folders']);
    expect(positionalNames('schema')).toEqual([]);
  });

  it('a missing positional is named with what it expects and the usage, whatever the command', () => {
    expect(missingArgumentsMessage('run', 'run <scenario>', loaded.run.arguments, 'Not enough non-option arguments: got 0, need at least 1')).toBe(
      cli.missingArguments('run', [cli.expectedScenarioFile()], 'run <scenario>'),
    );
    expect(cli.missingArguments('run', [cli.expectedScenarioFile()], 'run <scenario>')).toBe('run: expected a scenario file (.yaml, .yml or .json): recepsim run <scenario>');
    // Only the arguments not given: `import calls` lacks the file alone.
    expect(missingArgumentsMessage('import', 'import <kind> <file>', loaded.import.arguments, 'Not enough non-option arguments: got 1, need at least 2')).toBe(
      cli.missingArguments('import', [cli.expectedCsvFile()], 'import <kind> <file>'),
    );
    expect(missingArgumentsMessage('import', 'import <kind> <file>', loaded.import.arguments, 'Not enough non-option arguments: got 0, need at least 2')).toBe(
      cli.missingArguments('import', [cli.expectedImportKind(KINDS), cli.expectedCsvFile()], 'import <kind> <file>'),
    );
    for (const [name, entry] of Object.entries(commandsByName)) {
      if (positionalNames(entry.command).length === 0) continue;
      expect(missingArgumentsMessage(name, entry.command, described(entry.command), 'Not enough non-option arguments: got 0, need at least 1'), name).toBe(
        cli.missingArguments(name, positionalNames(entry.command).map((positional) => `the ${positional}`), entry.command),
      );
    }
    // Other messages of yargs pass through.
    expect(missingArgumentsMessage('run', 'run <scenario>', loaded.run.arguments, 'Unknown argument: x')).toBeUndefined();
  });

  it('reads yargs\' message in the language of messages', () => {
    setMessageLanguage('es');
    expect(missingArgumentsMessage('run', 'run <scenario>', loaded.run.arguments, 'Faltan argumentos: hay 0 y hace falta al menos 1')).toBe(
      'run: se esperaba un fichero de escenario (.yaml, .yml o .json): recepsim run <scenario>',
    );
  });

  it('a lone "-" is refused, naming the argument or flag and what it expects', () => {
    // yargs reads `run -` as an empty scenario, `merge - part2` as ['part2'], `--out -` as ''.
    expect(dashIssues('run', loaded.run.arguments, { scenario: '' }, ['run', '-']).map((issue) => issue.message)).toEqual([
      cli.dashNotAccepted('run <scenario>', 'input', cli.expectedScenarioFile()),
    ]);
    expect(dashIssues('import', loaded.import.arguments, { kind: 'calls', file: '' }, ['import', 'calls', '-']).map((issue) => issue.message)).toEqual([
      cli.dashNotAccepted('import <file>', 'input', cli.expectedCsvFile()),
    ]);
    expect(dashIssues('merge', loaded.merge.arguments, { folders: ['part2'] }, ['merge', '-', 'part2']).map((issue) => issue.message)).toEqual([
      cli.dashNotAccepted('merge <folders>', 'input', cli.expectedShardFolders()),
    ]);
    expect(dashIssues('calibrate', loaded.calibrate.arguments, { scenario: 'a.yaml', calls: '' }, ['calibrate', 'a.yaml', '--calls', '-']).map((issue) => issue.message)).toEqual([
      cli.dashNotAccepted('--calls', 'input', cli.expectedCsvFile()),
    ]);
    expect(dashIssues('run', loaded.run.arguments, { scenario: 'a.yaml', out: '' }, ['run', 'a.yaml', '--out=-']).map((issue) => issue.message)).toEqual([
      cli.dashNotAccepted('--out', 'output', cli.folderExpected()),
    ]);
    // A "-" taken by a flag is not the scenario's; an empty scenario typed as such is told as it is.
    expect(dashIssues('run', loaded.run.arguments, { scenario: '', seed: '' }, ['run', '', '--seed', '-']).map((issue) => issue.message)).toEqual([
      cli.badFlag('run <scenario>', cli.expectedScenarioFile(), ''),
    ]);
    expect(dashIssues('run', loaded.run.arguments, { scenario: 'a.yaml' }, ['run', 'a.yaml', '--', '-'])).toEqual([]);
  });
});
