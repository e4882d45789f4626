// The HTML report as a manager opens it: report.html from a results folder, double-clicked, in
// headless Chromium (Debian's chromium, never a downloaded browser) with the network blocked.
// Every chart must be drawn (an SVG with data marks, no error text), no request may leave the
// page, the page must fit the screen and an A4 sheet, and it must print to PDF. Screenshots go to
// RECEPSIM_SCREENSHOTS (the README's are made with `npm run screenshots`), else to a temporary
// folder.

import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportLanguage } from '../../src/text/report/index.js';
import { chartsDrawn, chromiumInstalled, expectDrawnCleanly, expectFitsNarrowScreens, launchChromium, openReport } from '../support/browser.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SHOTS = process.env.RECEPSIM_SCREENSHOTS ? resolve(process.env.RECEPSIM_SCREENSHOTS) : join(tmpdir(), 'recepsim-screenshots');
const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
/** A4 at 96 dpi less 12 mm margins each side: the width a printed page has for the report. */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** A scenario with one channel only: visitors without calls, or calls without visitors. */
function oneChannel(folder: string, channel: 'visitors' | 'calls'): string {
  const path = join(folder, `${channel}-only.yaml`);
  const demand =
    channel === 'visitors'
      ? 'walkIns: { perHour: { "08": 3, "09": 3, "10": 2, "16": 2 }, writeUp: { dist: lognormal, mean: 20, cv: 0.5 }, patience: { dist: exponential, mean: 25 } }'
      : 'calls: { perHour: { "08": 10, "09": 14, "12": 8 }, reasons: [{ name: booking, share: 1, handle: { dist: exponential, mean: 4 } }], patience: { dist: exponential, mean: 1.2 } }';
  writeFileSync(
    path,
    [
      `name: Only ${channel}`,
      'day: { open: "08:00", close: "18:00" }',
      'staff: { advisors: 2 }',
      'policy: { kind: answer-all }',
      demand,
      'targets: { calls: { serviceLevel: 0.8 }, visitors: { serviceLevel: 0.8 } }',
    ].join('\n'),
  );
  return path;
}

// Quick runs for the test; the README's screenshots show the example as the README runs it.
const LENGTH = process.env.RECEPSIM_SCREENSHOTS ? [] : ['--reps', '10', '--days', '5'];

/** Runs a scenario into a new results folder. */
function run(scenario: string, out: string, extra: string[] = []): string {
  const result = recepsim(['run', scenario, ...LENGTH, '--quiet', '--out', out, ...extra], ROOT, ENGLISH);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

describe.skipIf(!chromiumInstalled())('the HTML report in Chromium', () => {
  let browser: Browser;
  const folders: Record<'en' | 'es' | 'visitorsOnly' | 'callsOnly', string> = { en: '', es: '', visitorsOnly: '', callsOnly: '' };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const scratch = scratchFolder();
    folders.en = run(MEDIUM, join(scratch, 'medium'));
    // The Spanish report is the same run written again by `recepsim report`.
    folders.es = join(scratch, 'medium-es');
    cpSync(folders.en, folders.es, { recursive: true });
    const rewritten = recepsim(['report', folders.es, '--lang', 'es', '--quiet'], ROOT, ENGLISH);
    expect(rewritten.code, rewritten.stderr).toBe(0);
    folders.visitorsOnly = run(oneChannel(scratch, 'visitors'), join(scratch, 'visitors-only'));
    folders.callsOnly = run(oneChannel(scratch, 'calls'), join(scratch, 'calls-only'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = (folder: string, width = 1000) => openReport(browser, folder, width);

  const cases = [
    ['the medium example in English', 'en'],
    ['the same run written again in Spanish', 'es'],
    ['a run with no calls', 'visitorsOnly'],
    ['a run with no visitors', 'callsOnly'],
  ] as const;

  it.each(cases)('%s: every chart drawn, nothing requested, no error text, fits the screen', async (_name, key) => {
    const opened = await open(folders[key]);
    const charts = await chartsDrawn(opened.page);
    const written = readdirSync(join(folders[key], 'charts')).filter((name) => name.endsWith('.svg')).map((name) => name.replace(/\.svg$/, ''));
    expect(charts.map((chart) => chart.id).sort()).toEqual(written.sort());
    expect(charts.length).toBeGreaterThanOrEqual(4);
    await expectDrawnCleanly(opened, charts);
    await expectFitsNarrowScreens(opened.page);
    await opened.page.close();
  });

  it('reads in Spanish with the verdict first, and prints to a clean A4 PDF', async () => {
    const { page } = await open(folders.es, 1100);
    const es = reportLanguage('es').text;
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const headings = await page.$$eval('h2', (h) => h.map((e) => e.textContent));
    expect(headings[0]).toBe(es.sections.verdict);
    expect(await page.innerText('#verdict')).toMatch(/\d+,\d\s%/); // "45,6 %": Spanish numbers
    await page.locator('#verdict').screenshot({ path: join(SHOTS, 'report-verdict-es.png') });

    // Printed: the page fits an A4 sheet's width, and Chromium makes a PDF of a few pages.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1000 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(A4_PRINT_WIDTH_PX);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: join(scratchFolder(), 'report-es.pdf') });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });

  it('screenshots of the English report for the README', async () => {
    const { page } = await open(folders.en, 1000);
    await page.locator('#verdict').screenshot({ path: join(SHOTS, 'report-verdict-en.png') });
    await page.locator('#service-level-by-hour').screenshot({ path: join(SHOTS, 'report-service-level.png') });
    await page.locator('#lost-customers').screenshot({ path: join(SHOTS, 'report-lost-customers.png') });
    await page.close();
    expect(readdirSync(SHOTS)).toEqual(expect.arrayContaining(['report-verdict-en.png', 'report-verdict-es.png', 'report-lost-customers.png']));
  });
});
