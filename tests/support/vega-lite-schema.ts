// Validates chart specs against the published Vega-Lite JSON Schema (draft-07).

import { Ajv, type ValidateFunction } from 'ajv';
import vegaLiteSchema from 'vega-lite/vega-lite-schema.json' with { type: 'json' };

let validator: ValidateFunction | undefined;

/** The schema violations of `spec` (empty when valid). */
export function validateVegaLite(spec: unknown): unknown[] {
  if (!validator) {
    // Formats: colours are checked; URIs only appear in $schema.
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      formats: { 'color-hex': /^#([0-9a-f]{3}|[0-9a-f]{6})$/i, uri: true, 'uri-reference': true },
    });
    validator = ajv.compile(vegaLiteSchema);
  }
  return validator(spec) ? [] : (validator.errors ?? []).slice(0, 5);
}
