// simjs ships only a browserify bundle whose entry module publishes its classes on
// `window.Sim`; in Node `require('simjs')` therefore returns `{}`. This loader runs the bundle
// with a private `window` object and hands back the classes.
//
// NOTE: this file reads the bundle from node_modules, so the simjs calendar is Node-only.
// It is an oracle and a supported alternative engine, never part of the browser build.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of a simjs request (a scheduled timer) that recepsim uses. */
export interface SimjsRequest {
  deliverAt: number;
  cancelled: boolean;
  done(callback: () => void): SimjsRequest;
  cancel(): void;
}

/** The part of simjs's simulator that recepsim uses. */
export interface SimjsSim {
  simTime: number;
  queue: { data: SimjsRequest[]; insert(request: SimjsRequest): void; remove(): SimjsRequest | null };
  time(): number;
  step(): boolean;
  addEntity(entityClass: SimjsEntityClass): SimjsEntity;
}

/** A simjs entity: owner of timers. */
export interface SimjsEntity {
  setTimer(duration: number): SimjsRequest;
}

/** A subclass of simjs's Entity: simjs constructs it itself, with (sim, name). */
export type SimjsEntityClass = new (sim: SimjsSim, name?: string) => SimjsEntity;

/** The simjs classes recepsim uses. */
export interface SimjsModule {
  Sim: new () => SimjsSim;
  Entity: SimjsEntityClass;
  Request: new (entity: SimjsEntity, scheduledAt: number, deliverAt: number) => SimjsRequest;
}

let cached: SimjsModule | undefined;

/** Loads (once) and returns the simjs classes. */
export function loadSimjs(): SimjsModule {
  if (cached) return cached;
  const bundlePath = createRequire(import.meta.url).resolve('simjs');
  const bundle = readFileSync(bundlePath, 'utf8');
  const window: { Sim?: SimjsModule } = {};
  new Function('window', bundle)(window);
  if (!window.Sim?.Sim || !window.Sim.Entity || !window.Sim.Request) {
    throw new Error(`simjs bundle at ${bundlePath} did not publish Sim, Entity and Request on window.Sim`);
  }
  cached = window.Sim;
  return cached;
}
