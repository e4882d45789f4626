// Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core,
// never a downloaded browser. The flags keep Chromium from reaching out to the network on its
// own (background updates, sync, component downloads), so a test can assert that no request
// left the page.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where Debian's chromium package installs the browser (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** True if the browser is installed, so browser tests can say why they cannot run. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Starts headless Chromium with a fresh profile. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a results folder's report.html from disk as a double-click would; every request but the
 * file itself is blocked and recorded, and page errors are collected.
 */
export async function openReport(browser: Browser, folder: string, width = 1000): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`file://${join(folder, 'report.html')}`);
  await page.waitForLoadState('load');
  return { page, blocked, errors };
}

/**
 * A report opened with openReport is drawn cleanly: every chart of `charts` holds an SVG with
 * data marks, no text reads NaN, undefined, Infinity, [object or Error, nothing was requested or
 * raised, and nothing is wider than a 1000 px window.
 */
export async function expectDrawnCleanly(
  opened: { readonly page: Page; readonly blocked: readonly string[]; readonly errors: readonly string[] },
  charts: readonly { id: string; marks: number; hasSvg: boolean }[],
): Promise<void> {
  for (const chart of charts) {
    expect(chart.hasSvg, chart.id).toBe(true);
    expect(chart.marks, chart.id).toBeGreaterThan(0);
  }
  const text = await opened.page.innerText('body');
  expect(text).not.toMatch(/NaN|undefined|Infinity|\[object|Error/);
  expect(opened.blocked).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(await opened.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1000);
}

/**
 * The page keeps a tablet's and a phone's width: a table wider than the screen scrolls on its own,
 * the page never does; and no cell of text is squeezed to a few letters a line.
 */
export async function expectFitsNarrowScreens(page: Page): Promise<void> {
  for (const width of [800, 400]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${width} px`).toBeLessThanOrEqual(width);
    const squeezed = await page.$$eval('td', (cells) =>
      cells.filter((cell) => (cell.textContent ?? '').trim().length > 12 && cell.getBoundingClientRect().width < 60).map((cell) => cell.textContent),
    );
    expect(squeezed, `${width} px`).toEqual([]);
  }
}

/** For each chart (figure) on a page: its id, whether it holds an SVG, and how many data marks it draws. */
export async function chartsDrawn(page: Page): Promise<{ id: string; marks: number; hasSvg: boolean }[]> {
  return page.$$eval('figure', (figures) =>
    figures.map((figure) => ({
      id: figure.id,
      hasSvg: figure.querySelector(':scope > svg') !== null,
      // Vega draws data in groups of role "mark" (axes, legends and titles have roles of their own).
      marks: [...figure.querySelectorAll('g.role-mark')].reduce((sum, group) => sum + group.querySelectorAll('path, rect, line, text, circle').length, 0),
    })),
  );
}
