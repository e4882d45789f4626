// Goal-seek worker: runs size's search for a column (src/web/goal-seek.ts) off the page's thread
// (each team is summarised and judged, which takes a while), asking the page for the
// replications it needs: the page runs them on its simulation workers, the one pool.

import type { ReplicationResult } from '../../analysis/replication.js';
import type { Replicator } from '../../analysis/replicator.js';
import { setMessageLanguage } from '../../text/messages.js';
import { whatIfText } from '../../text/whatif/index.js';
import { seekTeam } from '../goal-seek.js';
import type { GoalSeekMessage, GoalSeekRequest } from '../protocol.js';

/** The part of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<GoalSeekRequest>) => void) | null;
  postMessage(message: GoalSeekMessage): void;
}

const scope = self as unknown as WorkerScope;
// Replications asked of the page and not yet back, by request number.
const waiting = new Map<number, { resolve: (results: ReplicationResult[]) => void; reject: (error: Error) => void }>();
let requests = 0;

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.kind) {
    case 'seek': {
      const { seek } = request;
      const replicator: Replicator = {
        run: (configuration, first, count) =>
          new Promise((resolve, reject) => {
            const run = ++requests;
            waiting.set(run, { resolve, reject });
            // Plain data only: the normalised config (with its distributions) stays here.
            scope.postMessage({ kind: 'run', seek, run, configuration: { key: configuration.key, scenario: configuration.scenario }, first, count });
          }),
      };
      // Problems of a team tried are worded from the message catalogue, in the page's language.
      setMessageLanguage(request.language);
      seekTeam(request.input, replicator, whatIfText(request.language)).then(
        (answer) => scope.postMessage({ kind: 'answer', seek, answer }),
        (error: Error) => scope.postMessage({ kind: 'failed', seek, message: error.message }),
      );
      return;
    }
    case 'ran':
      waiting.get(request.run)?.resolve([...request.results]);
      waiting.delete(request.run);
      return;
    case 'run-failed':
      waiting.get(request.run)?.reject(new Error(request.message));
      waiting.delete(request.run);
      return;
  }
};
