// The engine benchmark's workload: an M/M/10 queue with 9 arrivals per minute and exponential
// service of mean 1 minute, about 1.8 million customers.

/** The M/M/c benchmark parameters (minutes). */
export const MMC_WORKLOAD = {
  arrivalsPerMin: 9,
  meanServiceMin: 1,
  servers: 10,
  horizonMin: 200_000,
} as const;

/** The implementations measured. */
export type MmcImplementation = 'recepsim' | 'simjs' | 'simjsNative' | 'rawHeap';
