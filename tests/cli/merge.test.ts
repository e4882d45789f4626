// `recepsim merge` given folders that are not shards: each told at once, by name, exit 2,
// nothing written (the shards of one run merging into the whole run are tested with sweep and size).

import { cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../src/text/messages.js';
import { entries, recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SMALL = join(ROOT, 'scenarios/small-dealership.yaml');
const GRID = ['--advisors', '2..3', '--reps', '2', '--days', '1', '--quiet'];

describe('recepsim merge, folders that are not shards', () => {
  it('refuses a parent folder at once, without reading what is in it, a shard whose sweep.json is not JSON, and one missing a point\'s files', () => {
    const folder = scratchFolder();
    for (const shard of [1, 2]) {
      const part = recepsim(['sweep', SMALL, ...GRID, '--shard', `${shard}/2`, '--out', join(folder, 'shards', `part${shard}`)]);
      expect(part.code, part.stderr).toBe(0);
    }
    // A folder holding the shards and a file too large to read as text (sparse: no disk used).
    writeFileSync(join(folder, 'shards', 'disk.img'), '');
    truncateSync(join(folder, 'shards', 'disk.img'), 600 * 1024 * 1024);
    const parent = recepsim(['merge', join(folder, 'shards'), join(folder, 'shards', 'part2'), '--out', join(folder, 'merged')]);
    expect([parent.code, parent.stderr.trim()]).toEqual([2, mergeText.notAShard(join(folder, 'shards'))]);

    cpSync(join(folder, 'shards', 'part2'), join(folder, 'broken'), { recursive: true });
    writeFileSync(join(folder, 'broken', 'sweep.json'), '{"kind": "sweep", ');
    const broken = recepsim(['merge', join(folder, 'shards', 'part1'), join(folder, 'broken'), '--out', join(folder, 'merged')]);
    expect([broken.code, broken.stderr.trim()]).toEqual([2, mergeText.unreadableShard(join(folder, 'broken', 'sweep.json'))]);

    // A shard missing a point's files is named, with the file, before anything is merged.
    cpSync(join(folder, 'shards', 'part2'), join(folder, 'partial'), { recursive: true });
    const point = JSON.parse(readFileSync(join(folder, 'partial', 'sweep.json'), 'utf8')).points[0].folder as string;
    rmSync(join(folder, 'partial', point, 'summary.json'));
    const partial = recepsim(['merge', join(folder, 'shards', 'part1'), join(folder, 'partial'), '--out', join(folder, 'merged')]);
    expect([partial.code, partial.stderr.trim()]).toEqual([2, mergeText.shardIncomplete(join(folder, 'partial'), `${point}/summary.json`, 'sweep.json')]);
    expect(entries(folder)).toEqual(['broken', 'partial', 'shards']);
  });
});
