import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../../src/io/csv/csv-text.js';
import { callerKey, callLogSpec } from '../../../../src/io/import/call-log.js';
import type { LoggedCall } from '../../../../src/model/observed.js';

function read(text: string, queue?: string) {
  const calls: LoggedCall[] = [];
  const leftOut = { outgoing: 0, otherQueues: 0 };
  const summary = readCsvText(text, callLogSpec(queue, leftOut), { label: 'log.csv', badRows: 'skip' }, (call) => calls.push(call));
  return { calls, leftOut, summary };
}

describe('callerKey', () => {
  it('gives one key to one number however it is written, and none to a hidden number', () => {
    const key = callerKey('+34 612 345 678');
    expect(key).not.toBeNull();
    expect(callerKey('0034612345678')).toBe(key);
    expect(callerKey('34-612-345-678')).toBe(key);
    expect(callerKey('612345678')).not.toBe(key);
    expect(callerKey('0612345678')).not.toBe(callerKey('612345678'));
    for (const hidden of ['', 'Anónimo', 'unknown', 'Privado', '--']) expect(callerKey(hidden), hidden).toBeNull();
    expect(Number.isSafeInteger(key)).toBe(true);
  });
});

describe('the call log table', () => {
  it('reads Spanish statuses, durations in any form, and one date-and-time column', () => {
    const { calls } = read(
      [
        'Fecha y hora;Teléfono;Tiempo de espera;Conversación (min);Resultado',
        '04/03/2024 09:15:00;612345678;0:45;2,5;Contestada',
        '04/03/2024 09:20:30;612345678;12;;ABANDONADA',
        '2024-03-04T10:00:00;Anónimo;;;Buzón de voz',
        '04/03/2024 10:05:00;;7;;Ocupado',
      ].join('\n'),
    );
    expect(calls).toEqual([
      { day: 19786, weekday: 0, startSec: 33300, callerKey: callerKey('612345678'), waitSec: 45, talkSec: 150, status: 'answered' },
      { day: 19786, weekday: 0, startSec: 33630, callerKey: callerKey('612345678'), waitSec: 12, talkSec: null, status: 'abandoned' },
      { day: 19786, weekday: 0, startSec: 36000, callerKey: null, waitSec: null, talkSec: null, status: 'voicemail' },
      // A busy signal turns the caller away at once, whatever the log says of its wait.
      { day: 19786, weekday: 0, startSec: 36300, callerKey: null, waitSec: 0, talkSec: null, status: 'busy' },
    ]);
  });

  it('leaves out outgoing calls and other queues, counting them, and reads English logs', () => {
    const { calls, leftOut, summary } = read(
      ['date,time,caller,wait,talk,status,direction,queue', '2024-03-04,09:00,1,5,60,answered,inbound,Service', '2024-03-04,09:01,2,0,30,answered,outbound,Service', '2024-03-04,09:02,3,5,60,missed,inbound,Sales'].join('\n'),
      'service',
    );
    expect(calls.map((call) => call.status)).toEqual(['answered']);
    expect(leftOut).toEqual({ outgoing: 1, otherQueues: 1 });
    expect(summary.badRows).toBe(0);
  });
});
