// The reports of the planning commands (size, sweep, compare) as a manager opens them: each
// report.html from its results folder in headless Chromium with the network blocked — every chart
// drawn, nothing requested, no error text — and read for what it says: the recommendation first,
// computed from the folder's own summaries against the scenario as written; the same numbers in
// Spanish and English; the same bytes when written again. One quick run of each command, shared.
// Screenshots go to RECEPSIM_SCREENSHOTS (`npm run screenshots`), else to a temporary folder.

import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/report/format.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { messagesIn } from '../../src/text/messages.js';
import { chartsDrawn, chromiumInstalled, expectDrawnCleanly, expectFitsNarrowScreens, launchChromium, openReport } from '../support/browser.js';
import { recepsim, ROOT, scratchFolder } from '../support/cli.js';

const SHOTS = process.env.RECEPSIM_SCREENSHOTS ? resolve(process.env.RECEPSIM_SCREENSHOTS) : join(tmpdir(), 'recepsim-screenshots');
const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');
const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
// Quick runs for the test; the README's screenshots come from longer ones.
const QUICK = process.env.RECEPSIM_SCREENSHOTS ? ['--reps', '40', '--days', '10'] : ['--reps', '6', '--days', '3'];
const en = reportLanguage('en').text;
/** A4 at 96 dpi less 12 mm margins each side: the width a printed page has for the report. */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);
/** A4 at 96 dpi less 14 mm margins top and bottom: the height of a printed page. */
const A4_PRINT_HEIGHT_PX = Math.floor(((297 - 28) / 25.4) * 96);
const es = reportLanguage('es').text;

type Kind = 'size' | 'sweep' | 'compare';

function command(kind: Kind, out: string): string[] {
  if (kind === 'size') return ['size', MEDIUM, '--policy', 'answer-all,divert,phone-desk', '--desk', '1', '--max-advisors', '6', '--first-reps', '3', ...QUICK, '--out', out];
  if (kind === 'sweep') return ['sweep', MEDIUM, '--advisors', '2..5', '--policy', 'answer-all,divert', ...QUICK, '--out', out];
  return ['compare', MEDIUM, '--variant', 'four:staff.advisors=4', '--variant', 'desk:policy=phone-desk:1', ...QUICK, '--out', out];
}

const json = (folder: string, file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8'));

/** Every number in a text, as a number: "1.907 €" (es) and "€1,907" (en) both give 1907. */
function numbers(text: string, language: 'en' | 'es'): number[] {
  return [...text.matchAll(/\d[\d.,]*\d|\d/g)].map(([match]) => Number(language === 'es' ? match.replace(/\./g, '').replace(',', '.') : match.replace(/,/g, '')));
}

describe.skipIf(!chromiumInstalled())('planning reports in Chromium', () => {
  let browser: Browser;
  const folders = {} as Record<Kind | 'sizeEs', string>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const scratch = scratchFolder();
    for (const kind of ['size', 'sweep', 'compare'] as const) {
      folders[kind] = join(scratch, kind);
      const result = recepsim([...command(kind, folders[kind]), '--quiet'], ROOT, ENGLISH);
      expect(result.code, result.stderr).toBe(0);
    }
    // The Spanish report is the same size run written again by `recepsim report`.
    folders.sizeEs = join(scratch, 'size-es');
    cpSync(folders.size, folders.sizeEs, { recursive: true });
    const rewritten = recepsim(['report', folders.sizeEs, '--lang', 'es', '--quiet'], ROOT, ENGLISH);
    expect(rewritten.code, rewritten.stderr).toBe(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = (folder: string, width = 1000) => openReport(browser, folder, width);

  it.each([
    ['size', 'size', ['team-size', 'money-curve']],
    ['size, written again in Spanish', 'sizeEs', ['team-size', 'money-curve']],
    ['sweep', 'sweep', ['team-size', 'money-curve']],
    ['compare', 'compare', ['paired-differences']],
  ] as const)('%s: the recommendation first, every chart drawn, nothing requested, no error text', async (_name, key, expected) => {
    const opened = await open(folders[key]);
    const { page } = opened;
    const headings = await page.$$eval('h2', (h) => h.map((e) => e.textContent));
    expect(headings[0]).toBe((key === 'sizeEs' ? es : en).planning.sections.recommendation);
    const charts = await chartsDrawn(page);
    expect(charts.map((chart) => chart.id)).toEqual(expected);
    expect(readdirSync(join(folders[key], 'charts')).filter((name) => name.endsWith('.svg')).sort()).toEqual(expected.map((id) => `${id}.svg`).sort());
    await expectDrawnCleanly(opened, charts);
    await expectFitsNarrowScreens(page);
    await page.close();
  });

  it('size: recommends the cheapest team meeting every target, against now, with the figures of their own summaries', async () => {
    const folder = folders.size;
    const size = json(folder, 'size.json');
    const { page } = await open(folder);
    const headline = await page.innerText('#recommendation p.headline');
    const label = size.overall.cheapestMeetingTargets as string | null;
    if (label === null) {
      expect(headline).toContain(en.planning.noTeam('').split('(')[0]);
    } else {
      const point = size.searches.flatMap((search: { points: unknown[] }) => search.points).find((p: { label: string }) => p.label === label);
      const ours = json(folder, `${point.folder}/summary.json`);
      const now = json(folder, 'now/summary.json');
      const language = reportLanguage('en');
      expect(headline).toContain(en.staffTeam.advisors(point.advisors));
      // Lost margin from now's summary to the team's, both as the report writes money.
      const money = (summary: { money: { lostMarginPerDay: { total: { value: number } }; currency: string } }) =>
        formatValue(summary.money.lostMarginPerDay.total.value, { money: summary.money.currency }, language);
      expect(headline).toContain(money(now));
      expect(headline).toContain(money(ours));
      // The target binding now, its value now in brackets.
      const nowValues = now.targets.map((target: { value: number }) => `(now ${formatValue(target.value, 'share', language)})`);
      expect(nowValues.some((text: string) => headline.includes(text))).toBe(true);
    }
    expect(await page.innerText('#points')).toContain(en.planning.nowMark);
    // Now is judged as every team is: missed if a target is, from its own summary.
    const nowSummary = json(folder, 'now/summary.json');
    const nowMissed = nowSummary.targets.some((target: { applicable: boolean; ci95: [number, number] | null; kind: string; target: number }) =>
      target.applicable && target.ci95 !== null && (target.kind === 'atLeast' ? target.ci95[1] < target.target : target.ci95[0] > target.target));
    expect(nowMissed).toBe(true);
    expect(await page.innerText('#points tr.now td.status')).toBe(en.planning.verdicts.fails);
    await page.locator('#recommendation').screenshot({ path: join(SHOTS, 'size-recommendation-en.png') });
    await page.locator('#team-size').screenshot({ path: join(SHOTS, 'size-team-size.png') });
    await page.locator('#money-curve').screenshot({ path: join(SHOTS, 'size-money-curve.png') });
    await page.close();
  });

  it("size: prints to a clean A4 PDF in Spanish, every team's row within the sheet", async () => {
    const { page } = await open(folders.sizeEs);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1000 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(A4_PRINT_WIDTH_PX);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(15);
    await page.close();
  });

  it('size: Spanish and English reports have the same numbers', async () => {
    const texts = await Promise.all(
      (['size', 'sizeEs'] as const).map(async (key) => {
        const { page } = await open(folders[key]);
        const text = ['#recommendation', '#policies', '#points'].map((id) => page.innerText(id));
        const joined = (await Promise.all(text)).join('\n');
        await page.close();
        return joined;
      }),
    );
    const english = numbers(texts[0], 'en');
    expect(english.length).toBeGreaterThan(50);
    expect(numbers(texts[1], 'es').sort((a, b) => a - b)).toEqual(english.sort((a, b) => a - b));
  });

  it('compare: says which variants differ beyond noise, and draws each paired difference', async () => {
    const comparison = json(folders.compare, 'compare.json');
    const { page } = await open(folders.compare);
    const text = await page.innerText('#recommendation');
    const net = comparison.figures.find((figure: { path: string }) => figure.path === 'money.netCostPerDay');
    // One more advisor costs less net: the first finding says so, with the amount and whether it is beyond noise.
    const english = reportLanguage('en');
    const [low, high] = net.differences[1].ci95;
    const saving = `${formatValue(-net.differences[1].value, { money: 'EUR' }, english)} ${en.plusMinus(english.numbers.decimal((high - low) / 2, 0))}`;
    expect(await page.innerText('#recommendation p.headline')).toBe(en.planning.compareCheapest('four', saving, 'as written', net.differences[1].real));
    // Every variant has its line of what is better, worse or noise.
    for (const variant of comparison.variants.slice(1)) expect(text).toContain(`${variant.label}: `);
    // One more advisor's net cost differs beyond noise: marked real in the table.
    expect(net.differences[1].real).toBe(true);
    expect(await page.innerText('#differences')).toContain(en.planning.real);
    // On a narrow screen a difference may wrap before its "±", never inside "−1.2 pp" or "± 0.4".
    await page.setViewportSize({ width: 800, height: 900 });
    const broken = await page.$$eval('#differences td', (cells) =>
      cells.flatMap((cell) => {
        const node = cell.firstChild;
        const text = node?.nodeType === 3 ? node.textContent! : '';
        const at = text.indexOf('±');
        if (at < 1) return [];
        const lines = (from: number, to: number) => {
          const range = cell.ownerDocument.createRange();
          range.setStart(node!, from);
          range.setEnd(node!, to);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        return lines(0, at - 1) > 1 || lines(at, text.trimEnd().length) > 1 ? [text] : [];
      }),
    );
    expect(broken).toEqual([]);
    // Printed, the chart of differences (a panel per key figure) fits one A4 sheet instead of being cut across two.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1000 });
    const chartHeight = await page.locator('#paired-differences svg').evaluate((svg) => svg.getBoundingClientRect().height);
    expect(chartHeight).toBeLessThanOrEqual(A4_PRINT_HEIGHT_PX);
    await page.locator('#recommendation').screenshot({ path: join(SHOTS, 'compare-recommendation-en.png') });
    await page.locator('#paired-differences').screenshot({ path: join(SHOTS, 'compare-differences.png') });
    await page.close();
  });

  it('writes the same bytes again, and CSV for Spanish Excel in Spanish', () => {
    const again = join(scratchFolder(), 'again');
    cpSync(folders.sweep, again, { recursive: true });
    const result = recepsim(['report', again, '--lang', 'en', '--quiet'], ROOT, ENGLISH);
    expect(result.code, result.stderr).toBe(0);
    for (const name of ['report.html', 'sweep.csv', 'charts/team-size.svg', 'charts/money-curve.vl.json', 'now/summary.csv']) {
      expect(readFileSync(join(again, name), 'utf8'), name).toBe(readFileSync(join(folders.sweep, name), 'utf8'));
    }
    const csv = readFileSync(join(folders.sizeEs, 'size.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = csv.slice(1).split('\n')[0].split(';');
    expect(header.slice(0, 2)).toEqual([es.planning.csv.point, es.planning.csv.policy]);
    expect(header).toContain(`calls.mean_wait_all_${es.csvUnits.seconds}`);
    expect(header).toContain(`money.netCostPerDay_${es.csvUnits.moneyPerDay('EUR')}`);
    expect(csv.split('\n')[1]).toMatch(/;\d+,\d+;/);
  });

  it('refuses a folder missing a point summary, naming the file, and changes nothing', () => {
    const broken = join(scratchFolder(), 'broken');
    cpSync(folders.compare, broken, { recursive: true });
    rmSync(join(broken, 'variants/desk/summary.json'));
    const before = readFileSync(join(broken, 'report.html'), 'utf8');
    const result = recepsim(['report', broken, '--lang', 'es'], ROOT, ENGLISH);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(broken, 'variants/desk/summary.json'));
    expect(result.stderr).toContain(messagesIn('es').resultsInput.planningFile('missing'));
    expect(readFileSync(join(broken, 'report.html'), 'utf8')).toBe(before);
  });
});
