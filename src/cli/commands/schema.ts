// `recepsim schema`: prints the JSON Schema of scenario files (for editor completion).

import type { CommandModule } from 'yargs';
import { scenarioJsonSchema } from '../../model/schema/index.js';

/** The `schema` command. */
export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'print the JSON Schema of scenario files (point your editor at it)',
  handler: () => {
    process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  },
};
