// `recepsim schema`: prints the JSON Schema of scenario files (for editor completion).

import type { DescribedCommand } from './index.js';
import { scenarioJsonSchema } from '../../model/schema/index.js';

/** The `schema` command. */
export const schemaCommand: DescribedCommand<object> = {
  command: 'schema',
  describe: 'print the JSON Schema of scenario files (point your editor at it)',
  arguments: { positionals: {} },
  handler: () => {
    process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  },
};
