import { readFileSync } from 'node:fs';

/** One published queueing result (see tests/fixtures/README.md). */
export interface ReferenceCase {
  id: string;
  model: 'erlang-b' | 'erlang-c' | 'erlang-a';
  params: {
    lambda_per_min: number;
    mean_service_min: number;
    c: number;
    sl_threshold_min?: number;
    patience_mean_min?: number;
  };
  expected: Record<string, number>;
  required_agents: Record<string, number>;
}

/** The published cases, optionally only those of one model. */
export function referenceCases(model?: ReferenceCase['model']): ReferenceCase[] {
  const file = new URL('../fixtures/erlang-published.json', import.meta.url);
  const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: ReferenceCase[] }).cases;
  return model ? cases.filter((c) => c.model === model) : cases;
}
