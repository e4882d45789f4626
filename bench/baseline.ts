// The code before the day's rewrite, built from git beside the working tree, so `npm run bench`
// can time the reception model against it side by side on the same machine in the same run.
// NOTE: the build lands in .bench-baseline/<commit>/ inside the repository (ignored by git), so
// the baseline resolves the same node_modules as the current code.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last commit before the day became one orchestrator over passive parts (issue 6). */
export const BASELINE_COMMIT = 'd05f71d';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The folder holding the baseline's built `dist/`, building it first if needed; null if git cannot give it. */
export function baselineRoot(commit = BASELINE_COMMIT): string | null {
  const root = join(REPO, '.bench-baseline', commit);
  if (existsSync(join(root, 'dist', 'src', 'analysis', 'replication.js'))) return root;
  try {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const archive = execFileSync('git', ['-C', REPO, 'archive', commit, 'src', 'bench', 'scenarios', 'tsconfig.json', 'tsconfig.build.json']);
    execFileSync('tar', ['-x', '-C', root], { input: archive });
    execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], {
      stdio: 'ignore',
    });
    return root;
  } catch {
    rmSync(root, { recursive: true, force: true });
    return null;
  }
}
