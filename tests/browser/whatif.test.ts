// The what-if page as a manager uses it, in headless Chromium (Debian's chromium, never a
// downloaded browser): served by `recepsim whatif` and opened from an exported file, it answers,
// moves with its controls, says what is wrong with a bad value without breaking, writes a
// scenario that `recepsim run` turns into exactly the numbers on screen, and never reaches past
// this machine. Screenshots go to RECEPSIM_SCREENSHOTS (the README's are made with
// `npm run screenshots`), else to a temporary folder.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html.js';
import { messagesIn, validation } from '../../src/text/messages.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { es } from '../../src/text/whatif/es.js';
import { CONTROL_IDS, type ControlId, controls, initialTexts, readControl } from '../../src/web/controls.js';
import { readRun } from '../../src/web/page-state.js';
import { whatIfText } from '../../src/text/whatif/index.js';
import type { PageData } from '../../src/web/page-html.js';
import type { Scenario } from '../../src/model/schema/index.js';
import { chromiumInstalled, launchChromium } from '../support/browser.js';
import { recepsim, scratchFolder } from '../support/cli.js';
import { differencesOf, figuresOf, MEDIUM, recordRequests, startWhatIf, waitForColumn, type WhatIfServer } from '../support/whatif-page.js';

// Small runs: enough to show every figure and a clear effect of one more advisor.
const SETTINGS = 'days=2&reps=10';
const REPS = 10;
const SHOTS = process.env.RECEPSIM_SCREENSHOTS ? resolve(process.env.RECEPSIM_SCREENSHOTS) : join(tmpdir(), 'recepsim-screenshots');

/** The scenario a page embeds, as the page reads it. */
function scenarioOf(html: string): Scenario {
  const json = html.split('id="recepsim-data">')[1].split('</script>')[0];
  return (JSON.parse(json) as PageData).scenario;
}

/** A figure of summary.json by its dotted path. */
function figureAt(summary: unknown, path: string): number | null {
  const figure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], summary) as { value: number | null };
  return figure.value;
}

describe.skipIf(!chromiumInstalled())('what-if page in Chromium', () => {
  let browser: Browser;
  let server: WhatIfServer;
  let exported: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    exported = join(scratchFolder(), 'whatif.html');
    // In English, whatever this machine's LANG: the checks below read English words.
    const written = recepsim(['whatif', MEDIUM, '--export', exported, '--lang', 'en']);
    expect(written.code, written.stderr).toBe(0);
    [browser, server] = await Promise.all([launchChromium(), startWhatIf(MEDIUM, ['--lang', 'en'])]);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) expect(await server.stop()).toBe(0);
  });

  async function open(url: string, origin?: string): Promise<{ page: Page; outside: () => string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests = recordRequests(page, origin);
    await page.goto(url);
    return { page, outside: requests.outside, errors };
  }

  it('served on 127.0.0.1: one more advisor loses fewer calls, and the figures are those `recepsim run` gives', async () => {
    const origin = server.url.replace(/\/$/, '');
    const { page, outside, errors } = await open(`${server.url}#${SETTINGS}`, origin);
    await waitForColumn(page, 1, REPS);
    const before = await figuresOf(page, 1);
    expect(before['callers.lostPerDay.total']).toBeGreaterThan(0);

    // The keyboard moves the control, as arrows move any number field.
    await page.focus('#control-advisors');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction("location.hash.includes('a.advisors=4')");
    await waitForColumn(page, 1, REPS);
    const after = await figuresOf(page, 1);
    expect(after['callers.lostPerDay.total']).toBeLessThan(before['callers.lostPerDay.total']!);
    expect(after['money.staffCostPerDay.total']).toBeGreaterThan(before['money.staffCostPerDay.total']!);
    // The baseline is the scenario as written: it did not move.
    expect(await figuresOf(page, 0)).toEqual(before);
    // The controls stay in view while the results scroll: a tall window shows both whole.
    await page.setViewportSize({ width: 1360, height: 1250 });
    await page.screenshot({ path: join(SHOTS, 'whatif-served.png') });

    // The downloaded scenario, run by the CLI with its seed, gives the numbers on screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    const folder = scratchFolder();
    const yamlPath = join(folder, download.suggestedFilename());
    await download.saveAs(yamlPath);
    expect(download.suggestedFilename()).toBe('medium-dealership-whatif-a.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    expect(yaml).toMatch(/^days: 2$/m);
    expect(yaml).toMatch(/^replications: 10$/m);
    const run = recepsim(['run', yamlPath, '--json', '--quiet', '--out', join(folder, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.replications).toBe(REPS);
    for (const [id, value] of Object.entries(after)) {
      if (id === 'callers.lostPerDay.total') {
        // The summary gives this one by segment (each rounded to 6 digits).
        const bySegment = figureAt(summary, 'callers.lostPerDay.simple')! + figureAt(summary, 'callers.lostPerDay.forced')!;
        expect(value).toBeCloseTo(bySegment, 4);
      } else {
        expect({ id, value }).toEqual({ id, value: figureAt(summary, id) });
      }
    }

    // Its differences from the baseline are `recepsim compare`'s, paired on the same customers.
    await page.waitForSelector(`#key-figures td[data-column="1"][data-paired="${REPS}"]`);
    const differences = await differencesOf(page, 1);
    const compared = recepsim(['compare', MEDIUM, '--variant', 'A:advisors=4', '--days', '2', '--reps', String(REPS), '--json', '--quiet', '--out', join(folder, 'compare')]);
    expect(compared.code, compared.stderr).toBe(0);
    const comparison = JSON.parse(compared.stdout) as { figures: { path: string; differences: ({ value: number; ci95: [number, number]; real: boolean } | null)[] }[] };
    expect(Object.keys(differences).sort()).toEqual(comparison.figures.map((figure) => figure.path).sort());
    // To the 6 significant digits both round to (Chromium's and Node's t quantile may differ in the last bit).
    const near = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? a === b : Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(b)));
    for (const figure of comparison.figures) {
      const [shown, cli] = [differences[figure.path], figure.differences[1]!];
      expect({ path: figure.path, real: shown.real }).toEqual({ path: figure.path, real: cli.real });
      for (const [a, b] of [[shown.value, cli.value], [shown.ci95?.[0], cli.ci95?.[0]], [shown.ci95?.[1], cli.ci95?.[1]]]) expect(near(a, b), `${figure.path}: ${a} vs ${b}`).toBe(true);
    }
    // One more advisor: fewer callers lost, for real; a dearer team, for real.
    expect(differences['callers.lostPerDay.total']).toMatchObject({ real: true });
    expect(differences['callers.lostPerDay.total'].value).toBeLessThan(0);
    expect(differences['money.staffCostPerDay.total']).toMatchObject({ real: true });
    expect(await page.textContent('#key-figures tr[data-figure="money.staffCostPerDay.total"] td[data-column="1"] .diff-mark')).toBe('real loss');
    expect(outside()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a phone desk stops interruptions; bad values get a message at their control and the page goes on', async () => {
    const { page, outside, errors } = await open(`${server.url}#${SETTINGS}`, server.url.replace(/\/$/, ''));
    await waitForColumn(page, 1, REPS);
    expect((await figuresOf(page, 0))['visits.all.interruptedShare']).toBeGreaterThan(0);

    await page.selectOption('#control-policy', 'phone-desk');
    await page.waitForFunction("location.hash.includes('a.policy=phone-desk')");
    await expect(page.isVisible('#control-deskSize')).resolves.toBe(true);
    await waitForColumn(page, 1, REPS);
    expect((await figuresOf(page, 1))['visits.all.interruptedShare']).toBe(0);
    const desk = await figuresOf(page, 1);

    const rule = validation.number({ whole: true, min: controls.advisors.input.kind === 'number' ? controls.advisors.input.min : 0, max: 50 });
    for (const [typed, got] of [['-1', -1], ['', undefined], ['500', 500]] as const) {
      await page.fill('#control-advisors', typed);
      await expect(page.textContent('#error-advisors')).resolves.toBe(validation.expected(rule, got));
      await expect(page.getAttribute('#control-advisors', 'aria-invalid')).resolves.toBe('true');
      // The column keeps its last valid figures, marked as such; nothing else breaks.
      await page.waitForSelector('.verdict[data-column="1"].stale');
      expect(await figuresOf(page, 1)).toEqual(desk);
    }
    await page.screenshot({ path: join(SHOTS, 'whatif-bad-value.png') });
    await page.fill('#run-replications', '1');
    await expect(page.textContent('#error-run-replications')).resolves.toBe(validation.expected(validation.number({ whole: true, min: 2, max: 1000 }), '1'));
    await page.fill('#run-replications', String(REPS));
    await page.fill('#control-advisors', '3');
    await expect(page.isHidden('#error-advisors')).resolves.toBe(true);
    await waitForColumn(page, 1, REPS);
    expect(await figuresOf(page, 1)).toEqual(desk);
    expect(outside()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every control and run setting: a negative, empty or absurd value gets its message at the control, and the page goes on', async () => {
    const { page, errors } = await open(`${server.url}#${SETTINGS}`, server.url.replace(/\/$/, ''));
    await waitForColumn(page, 1, REPS);
    const good = await figuresOf(page, 1);
    const en = whatIfText('en');
    const initial = initialTexts(scenarioOf(await page.content()));
    // Where a control only shows under a policy, that policy first.
    const policyFor: Partial<Record<ControlId, string>> = { threshold: 'threshold', deskSize: 'phone-desk', deskFrom: 'phone-desk', deskTo: 'phone-desk' };
    for (const id of CONTROL_IDS) {
      if (id === 'policy') continue;
      await page.selectOption('#control-policy', policyFor[id] ?? initial.policy);
      const input = controls[id].input;
      // Typed as a person would: a negative number, nothing, a thousand times the largest; a clock left empty or past midnight's hours.
      const bad = input.kind === 'number' ? ['-1', '', String(input.max * 1000)] : [''];
      for (const typed of bad) {
        await page.fill(`#control-${id}`, typed);
        const read = readControl(input, typed, en);
        expect(read.ok, `${id} ← ${JSON.stringify(typed)}`).toBe(false);
        await expect(page.textContent(`#error-${id}`), id).resolves.toBe((read as { message: string }).message);
        await expect(page.getAttribute(`#control-${id}`, 'aria-invalid')).resolves.toBe('true');
        await page.waitForSelector('.verdict[data-column="1"].stale');
        await expect(page.isDisabled('#goal-seek-run')).resolves.toBe(true);
      }
      await page.fill(`#control-${id}`, initial[id]);
      await expect(page.isHidden(`#error-${id}`), id).resolves.toBe(true);
    }
    // Values each fine alone but absurd together: the doors closing before they open (either way round).
    for (const [id, typed] of [['close', '07:00'], ['open', '20:00']] as const) {
      await page.fill(`#control-${id}`, typed);
      const shown = await page.waitForSelector('#error-open:not([hidden]), #error-close:not([hidden])');
      expect((await shown.textContent())?.length, id).toBeGreaterThan(0);
      await page.waitForSelector('.verdict[data-column="1"].stale');
      await page.fill(`#control-${id}`, initial[id]);
      await expect(page.isHidden(`#error-${id}`), id).resolves.toBe(true);
    }
    // A policy no page offers, from a link edited by hand.
    await page.evaluate("location.hash = location.hash + '&a.policy=everyone-panics'");
    await expect(page.textContent('#error-policy')).resolves.toBe(en.expectedChoice(controls.policy.input.kind === 'choice' ? controls.policy.input.options : [], 'everyone-panics'));
    await page.selectOption('#control-policy', initial.policy);
    // The run settings shared by every column.
    const run = { seed: '42', days: '2', replications: String(REPS) };
    for (const [key, typed] of [['seed', ''], ['days', '-1'], ['days', ''], ['days', '100000'], ['replications', '-1'], ['replications', ''], ['replications', '1000000']] as const) {
      await page.fill(`#run-${key}`, typed);
      const check = readRun({ ...run, [key]: typed }, en);
      expect(check.ok).toBe(false);
      await expect(page.textContent(`#error-run-${key}`), key).resolves.toBe((check as { issues: Record<string, string> }).issues[key]);
      await page.fill(`#run-${key}`, run[key]);
    }
    await waitForColumn(page, 1, REPS);
    expect(await figuresOf(page, 1)).toEqual(good);
    // A day open round the clock: 24:00 is typed, kept in the link and shown again (a time input
    // could not hold it: the control came up empty and could not be typed back).
    await page.fill('#control-open', '00:00');
    await page.fill('#control-close', '24:00');
    await page.waitForFunction("decodeURIComponent(location.hash).includes('a.close=24:00')");
    await expect(page.isHidden('#error-close')).resolves.toBe(true);
    await page.reload();
    await expect(page.inputValue('#control-close')).resolves.toBe('24:00');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exported, opens from disk with no network, writes the report, takes a second variant, and gives the same figures as served', async () => {
    const { page, outside, errors } = await open(`file://${exported}#${SETTINGS}&a.advisors=4`);
    await waitForColumn(page, 1, REPS);
    await page.waitForSelector('#charts figure svg');
    const fromDisk = await figuresOf(page, 1);
    await page.screenshot({ path: join(SHOTS, 'whatif-file.png'), fullPage: true });

    // The report of the variant as shown, written by the report's own code.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const reportPath = join(scratchFolder(), download.suggestedFilename());
    await download.saveAs(reportPath);
    expect(download.suggestedFilename()).toBe('medium-dealership-whatif-a-report.html');
    const reportHtml = readFileSync(reportPath, 'utf8');
    expect(reportHtml).toContain('Medium dealership, status quo');
    expect(reportHtml).toContain('4 advisors');
    expect(reportHtml.match(/<svg/g)?.length).toBeGreaterThanOrEqual(5);

    // A second variant, side by side, its settings in the URL.
    await page.click('#add-variant');
    await page.waitForFunction("location.hash.includes('edit=b')");
    await page.selectOption('#control-policy', 'divert');
    await waitForColumn(page, 2, REPS);
    expect(await page.$$eval('#key-figures thead th', (cells) => cells.map((cell) => cell.textContent))).toEqual(['figure', 'Baseline', 'Variant A', 'Variant B']);
    expect((await figuresOf(page, 2))['visits.all.interruptedShare']).toBe(0);
    // A third variant: four columns still fit a laptop's window (a wide table scrolls in its card),
    // and on a phone the controls scroll away instead of covering the results.
    await page.click('#add-variant');
    await page.selectOption('#control-policy', 'threshold');
    await waitForColumn(page, 3, REPS);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${width} px`).toBeLessThanOrEqual(width);
    }
    await page.locator('#key-figures h2').scrollIntoViewIfNeeded();
    expect(await page.locator('#key-figures h2').evaluate((heading) => {
      const box = heading.getBoundingClientRect();
      return heading.contains(heading.ownerDocument.elementFromPoint(box.left + 4, box.top + box.height / 2));
    })).toBe(true);
    // Printed on A4, the four columns of figures fit the sheet: nothing is cut at its edge.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 });
    expect(await page.locator('#key-figures').evaluate((card) => card.scrollWidth - card.clientWidth)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1360, height: 900 });

    const served = await open(`${server.url}#${SETTINGS}&a.advisors=4`, server.url.replace(/\/$/, ''));
    await waitForColumn(served.page, 1, REPS);
    expect(await figuresOf(served.page, 1)).toEqual(fromDisk);
    expect(outside()).toEqual([]);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), served.page.close()]);
  });

  it('a policy by the hour: the policy control says so, and left as it is the scenario runs as written', async () => {
    const folder = scratchFolder();
    const scenarioPath = join(folder, 'by-the-hour.yaml');
    const windows = '  - { from: "08:00", to: "11:00", kind: phone-desk }\n  - { from: "11:00", to: "19:00", kind: answer-all, interruptProbability: 1 }';
    const text = readFileSync(MEDIUM, 'utf8')
      .replace(/^policy: .*$/m, `policy:\n${windows}`)
      // A break that leaves the desk empty for a quarter of an hour: a warning, shown with the column and in its report.
      .replace(/^staff:\n/m, 'staff:\n  phoneDesk: [{ from: "08:00", to: "11:00", breaks: ["09:00-09:15"] }]\n');
    writeFileSync(scenarioPath, text);
    const pagePath = join(folder, 'whatif.html');
    const written = recepsim(['whatif', scenarioPath, '--export', pagePath, '--lang', 'en']);
    expect(written.code, written.stderr).toBe(0);
    const { page, errors } = await open(`file://${pagePath}#${SETTINGS}`);
    await waitForColumn(page, 1, REPS);
    // The windows in the page's words, as its policy menu names them, in either language.
    const hint = (code: 'en' | 'es') => {
      const { policies, policyByTheHour } = whatIfText(code);
      return policyByTheHour(`08:00–11:00 ${policies['phone-desk'].menu}; 11:00–19:00 ${policies['answer-all'].menu}`);
    };
    expect(await page.textContent('#hint-policy')).toBe(hint('en'));
    expect(await page.isVisible('#goal-seek-by-the-hour')).toBe(true);
    await page.selectOption('#page-language', 'es');
    await page.waitForFunction("location.hash.includes('lang=es')");
    await waitForColumn(page, 1, REPS);
    expect(await page.textContent('#hint-policy')).toBe(hint('es'));
    // The variant, untouched, is the scenario as written: `recepsim run` gives its figures.
    const shown = await figuresOf(page, 1);
    const run = recepsim(['run', scenarioPath, '--days', '2', '--reps', String(REPS), '--json', '--quiet', '--out', join(folder, 'out')]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    for (const id of ['calls.sl_answered_within_t_over_offered', 'visits.all.interruptedShare', 'money.netCostPerDay']) {
      expect({ id, value: shown[id] }).toEqual({ id, value: figureAt(summary, id) });
    }
    // The break that empties the desk is warned about in the column's report, as in run's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const reportPath = join(folder, download.suggestedFilename());
    await download.saveAs(reportPath);
    const emptyDesk = (code: 'en' | 'es') => escapeHtml(messagesIn(code).warning.breaksLeaveNobody('phoneDesk', '09:00', '09:15'));
    expect(readFileSync(reportPath, 'utf8')).toContain(emptyDesk('es'));
    expect(readFileSync(join(folder, 'out', 'report.html'), 'utf8')).toContain(emptyDesk('en'));
    // Another policy, chosen, holds all day: no phone desk, so nobody takes the morning's calls at a desk.
    await page.selectOption('#control-policy', 'answer-all');
    await page.waitForFunction("location.hash.includes('a.policy=answer-all')");
    await waitForColumn(page, 1, REPS);
    expect((await figuresOf(page, 1))['visits.all.interruptedShare']).toBeGreaterThan(shown['visits.all.interruptedShare']!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goal-seek finds the team `recepsim size` finds, says which target binds, and puts it in the variant', async () => {
    const settings = 'days=2&reps=20';
    const { page, outside, errors } = await open(`${server.url}#${settings}`, server.url.replace(/\/$/, ''));
    await waitForColumn(page, 1, 20);
    await page.click('#goal-seek-run');
    await page.waitForSelector('#goal-seek-result[data-state="answered"]', { timeout: 90_000 });

    const folder = scratchFolder();
    const sized = recepsim(['size', MEDIUM, '--policy', 'answer-all', '--days', '2', '--reps', '20', '--json', '--quiet', '--out', join(folder, 'size')]);
    expect(sized.code, sized.stderr).toBe(0);
    const size = JSON.parse(sized.stdout) as {
      overall: { cheapestMeetingTargets: string | null };
      searches: { smallestAdvisors: number | null; binding: { at: string; targets: { name: string }[] } | null; points: { advisors: number; verdict: string }[] }[];
    };
    const [search] = size.searches;
    // The same answer, from the same search on the same customers.
    expect(size.overall.cheapestMeetingTargets).not.toBeNull();
    expect(await page.getAttribute('#goal-seek-answer', 'data-label')).toBe(size.overall.cheapestMeetingTargets);
    const advisors = Number(await page.getAttribute('#goal-seek-answer', 'data-advisors'));
    // Which target stops a smaller team: the same as size's, named in words.
    expect(Number(await page.getAttribute('#goal-seek-binding', 'data-at'))).toBe(search.smallestAdvisors! - 1);
    expect(await page.$$eval('#goal-seek .binding li', (items) => items.map((item) => item.getAttribute('data-target')))).toEqual(search.binding!.targets.map((target) => target.name));
    expect(await page.textContent('#goal-seek .binding li')).toContain(reportLanguage('en').text.targetNames.visitorMaxInterruptedShare());
    // The teams around the answer, each judged as size judges it where size looked.
    const curve = await page.$$eval('#goal-seek-curve tbody tr', (rows) => rows.map((row) => ({ advisors: Number(row.getAttribute('data-advisors')), verdict: row.getAttribute('data-verdict') })));
    expect(curve.map((row) => row.advisors)).toEqual([advisors - 2, advisors - 1, advisors, advisors + 1, advisors + 2]);
    for (const row of curve) {
      const seen = search.points.find((point) => point.advisors === row.advisors);
      if (seen) expect(row).toEqual({ advisors: seen.advisors, verdict: seen.verdict });
    }
    // The chart and table of the teams show the figure of every target (calls abandoned too, which
    // may be what stops a smaller team), then the net cost.
    const targets = await page.$$eval('.verdict[data-column="1"] p[data-target]', (items) => items.length);
    const shown = await page.$$eval('#goal-seek-curve tbody tr:first-child td[data-figure]', (cells) => cells.map((cell) => cell.getAttribute('data-figure')));
    expect(shown).toHaveLength(targets + 1);
    expect(shown).toEqual(expect.arrayContaining(['calls.p_abandon', 'money.netCostPerDay']));
    await page.locator('#goal-seek').screenshot({ path: join(SHOTS, 'whatif-goal-seek.png') });
    // On a phone each team's verdict mark stays whole ("✗ missed" on one line, its table scrolling instead).
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.$$eval('#goal-seek-curve .mark', (marks) => marks.map((mark) => mark.getClientRects().length))).toEqual(curve.map(() => 1));
    await page.setViewportSize({ width: 1360, height: 900 });

    // "Use this team" puts it in the variant, and the answer says it was for other settings once they change.
    await page.click('#goal-seek-apply');
    await page.waitForFunction(`location.hash.includes('a.advisors=${advisors}')`);
    await waitForColumn(page, 1, 20);
    expect(await page.getAttribute('.verdict[data-column="1"]', 'data-status')).toBe('met');
    expect(await page.isVisible('#goal-seek .warnings')).toBe(true);
    expect(outside()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Spanish from the same catalogue as the report, with the same figures', async () => {
    const { page, errors } = await open(`${server.url}#${SETTINGS}`, server.url.replace(/\/$/, ''));
    await waitForColumn(page, 1, REPS);
    const english = await figuresOf(page, 1);
    await page.selectOption('#page-language', 'es');
    await page.waitForFunction("location.hash.includes('lang=es')");
    await waitForColumn(page, 1, REPS);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.$$eval('#key-figures thead th', (cells) => cells.map((cell) => cell.textContent))).toEqual([es.figureColumn, es.baseline, es.variant('A')]);
    expect(await page.textContent('#verdicts h2')).toBe(reportLanguage('es').text.sections.verdict);
    // Spanish numbers: a decimal comma.
    expect(await page.textContent('#key-figures tr[data-figure="calls.p_abandon"] td[data-column="1"]')).toMatch(/^\d+,\d\s?%/);
    expect(await figuresOf(page, 1)).toEqual(english);
    await page.fill('#control-advisors', '-2');
    await expect(page.textContent('#error-advisors')).resolves.toBe(es.expectedNumber({ whole: true, min: 0, max: 50 }, -2));
    await page.fill('#control-advisors', '3');
    // The scenario's decimals are shown as Spanish writes them, and left alone they change nothing.
    await expect(page.inputValue('#control-redialProbability')).resolves.toBe(String(scenarioOf(await page.content()).calls?.redial?.p).replace('.', ','));
    // A decimal comma, as Spanish writes it, is kept as typed and read as a decimal (a number input
    // dropped it in an English browser: "0,8" walk-ins became 08 and ran as ×8).
    await page.fill('#control-walkInVolume', '');
    await page.locator('#control-walkInVolume').pressSequentially('0,8');
    await page.waitForFunction("decodeURIComponent(location.hash).includes('a.walkInVolume=0,8')", undefined, { timeout: 5000 });
    await expect(page.isHidden('#error-walkInVolume')).resolves.toBe(true);
    await page.fill('#control-walkInVolume', '1');
    // The scenario's own checks speak Spanish too (the message catalogue, as on the command line).
    await page.fill('#control-close', '07:00');
    const shown = await page.waitForSelector('#error-open:not([hidden]), #error-close:not([hidden])');
    expect(await shown.textContent()).toContain(messagesIn('es').crossCheck.closeNotAfterOpen('08:00', '07:00'));
    await page.fill('#control-close', scenarioOf(await page.content()).day.close);
    await expect(page.isHidden('#error-close')).resolves.toBe(true);
    await page.waitForSelector('#charts figure svg');
    await page.screenshot({ path: join(SHOTS, 'whatif-es.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
