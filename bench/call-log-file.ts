// A large phone-system call log for the import benchmark: a Spanish export (';', dd/mm/yyyy,
// decimal commas, Spanish statuses) of a busy group, 2,000 attempts a working day, oldest first,
// with redials of the same callers. Generated from a seeded stream, so every run reads the same file.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createStream } from '../src/engine/random.js';

const PER_DAY = 2000;
const STATUSES: readonly [string, number][] = [
  ['Contestada', 0.8],
  ['Abandonada', 0.12],
  ['No contestada', 0.05],
  ['Buzón', 0.02],
  ['Ocupado', 0.01],
];

/** Writes `rows` call attempts to `path`; resolves when the file is complete. */
export async function writeCallLog(path: string, rows: number): Promise<void> {
  const random = createStream(2024, ['bench', 'call-log']);
  const out = createWriteStream(path);
  out.write('Fecha;Hora;Origen;Espera (s);Duración;Estado\n');
  const two = (n: number) => String(n).padStart(2, '0');
  let written = 0;
  let buffer = '';
  for (let day = 0; written < rows; day++) {
    const date = new Date(Date.UTC(2023, 0, 2) + (Math.floor(day / 5) * 7 + (day % 5)) * 86_400_000);
    const dateText = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
    const attempts: { sec: number; caller: number }[] = [];
    for (let i = 0; i < PER_DAY; i++) attempts.push({ sec: 8 * 3600 + Math.floor(random() * 11 * 3600), caller: Math.floor(random() * 600_000) });
    attempts.sort((a, b) => a.sec - b.sec);
    // Each failed attempt is redialled a few minutes later by the same caller, a third of the time.
    for (let i = 0; i < attempts.length && written < rows; i++) {
      const { sec, caller } = attempts[i];
      let u = random();
      const status = STATUSES.find(([, share]) => (u -= share) < 0)?.[0] ?? 'Contestada';
      const wait = status === 'Ocupado' ? 0 : random() * 90;
      const talk = status === 'Contestada' ? 60 + random() * 400 : 0;
      const clock = `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(sec % 60)}`;
      buffer += `${dateText};${clock};+34 6${String(caller).padStart(8, '0')};${wait.toFixed(1).replace('.', ',')};${talk.toFixed(1).replace('.', ',')};${status}\n`;
      written++;
      if (status !== 'Contestada' && random() < 0.35) {
        const at = sec + Math.ceil(wait) + 60 + Math.floor(random() * 1800);
        let j = i + 1;
        while (j < attempts.length && attempts[j].sec < at) j++;
        attempts.splice(j, 0, { sec: at, caller });
      }
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
