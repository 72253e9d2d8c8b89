// axe-core in headless Chromium: every chosen page, in the light and the dark scheme, at desktop
// and phone width (contrast and reflow differ between them). Every rule axe runs by default,
// best practices included, must pass.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

const VIEWS = [
  { name: 'light 1280', scheme: 'light', width: 1280, height: 900 },
  { name: 'dark 390', scheme: 'dark', width: 390, height: 844 },
];

/** Returns one message per violation, and the number of page views checked. */
export async function runAxe(baseUrl, pages) {
  const browser = await launch();
  const problems = [];
  let views = 0;
  try {
    const page = await browser.newPage();
    for (const view of VIEWS) {
      await page.setViewport({ width: view.width, height: view.height });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: view.scheme }]);
      for (const path of pages) {
        const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        // 304: the same page again at the second width, from the browser's cache.
        if (response === null || !(response.ok() || response.status() === 304)) {
          problems.push(`${path} (${view.name}): HTTP ${response?.status()}`);
          continue;
        }
        // A search runs after the page has loaded: its results are what is to be checked.
        if (path.includes('?q=')) {
          await page.waitForSelector('#search-results li', { timeout: 15000 }).catch(() => {
            problems.push(`${path} (${view.name}): no search result within 15 s`);
          });
        }
        // Evaluated through the DevTools protocol, so a strict Content-Security-Policy on the
        // page cannot block the checker.
        await page.evaluate(AXE_SOURCE);
        const result = await page.evaluate(() =>
          window.axe.run(document, { resultTypes: ['violations'] }),
        );
        views++;
        for (const v of result.violations) {
          const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
          problems.push(`${path} (${view.name}): ${v.id} [${v.impact}] ${v.help}: ${where}`);
          for (const n of v.nodes.slice(0, 3)) {
            if (n.failureSummary) problems.push(`    ${n.failureSummary.replace(/\n/g, ' ')}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  return { views, problems, version: AXE_VERSION };
}
