// `recepsim whatif` as a user runs it: the exported page is one self-contained file written
// whole; the server answers on 127.0.0.1 only, with the page and nothing else; bad flags and bad
// scenarios are refused before anything is written.

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, outputFile } from '../../src/text/messages.js';
import { EMBEDDED } from '../../src/web/page-html.js';
import { entries, recepsim, scratchFolder } from '../support/cli.js';
import { MEDIUM, startWhatIf } from '../support/whatif-page.js';

/** A GET with a chosen Host header; resolves with the status and body. */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host === undefined ? {} : { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('recepsim whatif', () => {
  it('--export writes one self-contained page that names no address to fetch', () => {
    const folder = scratchFolder();
    const out = join(folder, 'whatif.html');
    const result = recepsim(['whatif', MEDIUM, '--export', out, '--set', 'staff.parts.agents=2']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(cli.whatIfExported(out));
    expect(entries(folder)).toEqual(['whatif.html']);
    const html = readFileSync(out, 'utf8');
    for (const id of Object.values(EMBEDDED)) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Medium dealership, status quo');
    // The --set reached the embedded scenario.
    const data = JSON.parse(html.split(`id="${EMBEDDED.data}">`)[1].split('</script>')[0]);
    expect(data.scenario.staff.parts.agents).toBe(2);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toContain("connect-src 'none'");
  });

  it('refuses to overwrite a file, a name not ending in .html, a bad port and a bad scenario, writing nothing', () => {
    const folder = scratchFolder();
    const existing = join(folder, 'page.html');
    writeFileSync(existing, 'mine');
    const overwrite = recepsim(['whatif', MEDIUM, '--export', existing]);
    expect([overwrite.code, overwrite.stderr.trim()]).toEqual([2, cli.exportExists(existing)]);
    expect(readFileSync(existing, 'utf8')).toBe('mine');

    const notHtml = recepsim(['whatif', MEDIUM, '--export', join(folder, 'page.txt')]);
    expect([notHtml.code, notHtml.stderr.trim()]).toEqual([2, cli.badFlag('--export', 'a file name ending in .html', join(folder, 'page.txt'))]);
    const port = recepsim(['whatif', MEDIUM, '--port', '70000']);
    expect([port.code, port.stderr.trim()]).toEqual([2, cli.badFlag('--port', 'a port number from 0 to 65535', '70000')]);

    // An exported page is not served: a --port beside it changes nothing, and is said to.
    const exportedWithPort = recepsim(['whatif', MEDIUM, '--export', join(folder, 'served.html'), '--port', '8080']);
    expect(exportedWithPort.code, exportedWithPort.stderr).toBe(0);
    expect(exportedWithPort.stderr).toContain(`--port 8080: ${cli.portWithExport()}`);
    rmSync(join(folder, 'served.html'));

    const bad = recepsim(['whatif', MEDIUM, '--set', 'staff.advisors=-9', '--export', join(folder, 'bad.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('staff.advisors');
    expect(entries(folder)).toEqual(['page.html']);
    expect(existsSync(join(folder, 'bad.html'))).toBe(false);
  });

  it('refuses an --export the file system will not take, and a --port in use, with one line each and exit 2', async () => {
    const folder = scratchFolder();
    const noFolder = recepsim(['whatif', MEDIUM, '--export', join(folder, 'nodir', 'page.html')]);
    expect([noFolder.code, noFolder.stderr.trim()]).toEqual([2, outputFile.cannotWrite(join(folder, 'nodir', 'page.html'), outputFile.noFolder(join(folder, 'nodir')))]);
    const pseudo = recepsim(['whatif', MEDIUM, '--export', '/proc/page.html']);
    expect([pseudo.code, pseudo.stderr.trim()]).toEqual([2, outputFile.cannotWrite('/proc/page.html', outputFile.notHere())]);
    expect(entries(folder)).toEqual([]);

    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const inUse = recepsim(['whatif', MEDIUM, '--port', String(port)]);
      expect([inUse.code, inUse.stderr.trim()]).toEqual([2, cli.portUnavailable(port, cli.portInUse())]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('serves the page on 127.0.0.1 and nothing else, and stops cleanly on Ctrl+C', async () => {
    const server = await startWhatIf(MEDIUM);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await get(server.url);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`id="${EMBEDDED.simWorker}"`);
      expect((await get(`${server.url}etc/passwd`)).status).toBe(404);
      // A request naming another host (DNS rebinding) is turned away.
      expect((await get(server.url, 'attacker.example:80')).status).toBe(421);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
