// Refuses, before anything is simulated, a run this machine cannot hold, and asks for --force
// before one that would take hours (estimates from src/analysis/run-size.ts).

import { constants as bufferConstants } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import { estimateRunSize, judgeRunSize, type RunShape, type RunSizeEstimate, totalRunSize } from '../analysis/run-size.js';
import type { ModelConfig } from '../model/config.js';
import { InputError } from '../model/issues.js';
import { runSize } from '../text/messages.js';

/** Runs estimated longer than this need --force. */
const CONFIRM_AFTER_SEC = 3600;
/** Share of the JavaScript heap a run may plan to fill. */
const HEAP_SHARE = 0.8;

/**
 * Throws InputError if the configurations, run together, are too big for this machine, or long and
 * not `force`d; returns the estimate. A sweep of forty points each under an hour is not.
 */
export function checkRunSize(configs: readonly ModelConfig[], shape: RunShape, force: boolean): RunSizeEstimate {
  const estimate = totalRunSize(configs.map((config) => estimateRunSize(config, shape)));
  const memoryBytes = getHeapStatistics().heap_size_limit * HEAP_SHARE;
  const judged = judgeRunSize(estimate, {
    memoryBytes,
    textBytes: bufferConstants.MAX_STRING_LENGTH,
    confirmAfterSec: CONFIRM_AFTER_SEC,
  });
  if (judged.verdict === 'ok' || (judged.verdict === 'confirm' && force)) return estimate;
  const message =
    judged.verdict === 'confirm'
      ? runSize.long(estimate.events, estimate.seconds / 3600, estimate.threads)
      : judged.why === 'endless'
        ? runSize.endless()
        : judged.why === 'trace'
          ? runSize.trace(estimate.traceBytes, bufferConstants.MAX_STRING_LENGTH)
          : runSize.memory(estimate.memoryBytes, memoryBytes);
  throw new InputError([{ path: [], message }]);
}
