// The JSON Schema shipped for editors is generated from the one scenario schema, and current.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/model/schema/index.js';
import { ROOT } from '../../support/cli.js';

describe('schema/scenario.schema.json', () => {
  it('is what `recepsim schema` prints today (regenerate: npm run schema)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8'));
    expect(shipped).toEqual(scenarioJsonSchema());
  });

  it('accepts the shipped scenarios and rejects a misspelt field, as editors will', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(scenarioJsonSchema());
    const medium = parse(readFileSync(join(ROOT, 'scenarios/medium-dealership.yaml'), 'utf8'));
    expect(validate(medium), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...medium, polcy: {} })).toBe(false);
  });
});
