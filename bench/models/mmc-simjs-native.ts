// The benchmark M/M/c written the way simjs's own documentation writes queues: an Entity
// whose arrivals `useFacility` an FCFS Facility with `servers` servers. This measures simjs
// at its idiomatic best, without recepsim's Calendar interface in between.

import { loadSimjs } from '../../src/engine/simjs/load-simjs.js';
import type { RandomStream } from '../../src/engine/random.js';

interface FacilityUser {
  sim: { time(): number };
  setTimer(delayMin: number): { done(callback: () => void): void };
  useFacility(facility: object, durationMin: number): { done(callback: () => void): void };
}

interface NativeSimjs {
  Sim: new () => { addEntity(entity: unknown): unknown; simulate(endTime: number): unknown };
  Entity: new (...args: unknown[]) => FacilityUser;
  Facility: new (name: string, discipline: unknown, servers: number) => object;
}

/** Runs the M/M/c workload natively in simjs; returns the number of customers served. */
export function runMmcSimjsNative(
  params: { arrivalsPerMin: number; meanServiceMin: number; servers: number; horizonMin: number },
  streams: { readonly arrivals: RandomStream; readonly service: RandomStream },
): number {
  const simjs = loadSimjs() as unknown as NativeSimjs;
  const sim = new simjs.Sim();
  const counter = new simjs.Facility('counter', undefined, params.servers);
  let served = 0;
  class Customers extends simjs.Entity {
    start(): void {
      const gapMin = -Math.log(1 - streams.arrivals()) / params.arrivalsPerMin;
      this.setTimer(gapMin).done(() => {
        if (this.sim.time() >= params.horizonMin) return;
        const serviceMin = -params.meanServiceMin * Math.log(1 - streams.service());
        this.useFacility(counter, serviceMin).done(() => {
          served++;
        });
        this.start();
      });
    }
  }
  sim.addEntity(Customers);
  sim.simulate(Number.MAX_VALUE);
  return served;
}
