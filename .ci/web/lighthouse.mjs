// Lighthouse with Debian's Chromium, desktop and mobile presets. A fresh browser per run, so
// one run's cache and service state cannot flatter the next.
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PRESETS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined }, // Lighthouse's default config is the mobile one
];

/** Runs every preset on every URL; returns rows of scores and messages for scores under min. */
export async function runLighthouse(urls, min) {
  const rows = [];
  const problems = [];
  for (const url of urls) {
    for (const preset of PRESETS) {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const flags = { logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
        const result = await lighthouse(url, flags, preset.config, page);
        const lhr = result.lhr;
        if (lhr.runtimeError) {
          problems.push(`${url} (${preset.name}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          continue;
        }
        const scores = {};
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          scores[id] = category.score === null ? null : Math.round(category.score * 100);
          if (scores[id] === null || scores[id] < min) {
            problems.push(`${url} (${preset.name}): ${id} ${scores[id]} < ${min}; ${failing(lhr, category)}`);
          }
        }
        const lost = CATEGORIES.filter((id) => scores[id] !== null && scores[id] < 100)
          .map((id) => `${id}: ${failing(lhr, lhr.categories[id])}`);
        rows.push({ url, preset: preset.name, scores, lost });
      } finally {
        await browser.close();
      }
    }
  }
  return { rows, problems };
}

/** The audits that cost points in a category, with their own titles. */
function failing(lhr, category) {
  const lost = category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score}${audit.displayValue ? ', ' + audit.displayValue : ''})`);
  return lost.length > 0 ? 'failing audits: ' + lost.join(', ') : 'no weighted audit failed';
}
