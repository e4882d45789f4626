// recepsim's version, as package.json states it.

import { createRequire } from 'node:module';

/** The version of recepsim that is running. */
export function version(): string {
  return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
}
