// Runs every web check over a built site served at a sub-path, prints what each tool found and
// exits 1 when anything failed. Usage: node check.mjs SITE_DIR BASE_URL
// (BASE_URL ends with '/', e.g. http://127.0.0.1:8123/news/, and serves SITE_DIR.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAxe } from './axe.mjs';
import { checkFeeds } from './feeds.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { checkAnchors, crawl } from './links.mjs';
import { pagesForAxe, richestEventPage, searchWithResults } from './pages.mjs';

const MIN_LIGHTHOUSE_SCORE = 95;

const [siteDir, baseUrl] = process.argv.slice(2);
if (!siteDir || !baseUrl || !baseUrl.endsWith('/') || !existsSync(join(siteDir, 'index.html'))) {
  console.error('usage: node check.mjs SITE_DIR BASE_URL/ (SITE_DIR must hold index.html)');
  process.exit(2);
}
const skip = new Set((process.env.WEB_CHECKS_SKIP || '').split(',').filter(Boolean));
const failures = [];

async function step(name, run) {
  if (skip.has(name)) {
    console.log(`\n== ${name}: skipped (WEB_CHECKS_SKIP)`);
    return;
  }
  const started = Date.now();
  console.log(`\n== ${name}`);
  const problems = await run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const p of problems) console.log(`  FAIL ${p}`);
  console.log(`  ${name}: ${problems.length === 0 ? 'passed' : problems.length + ' problem(s)'} in ${seconds} s`);
  failures.push(...problems.map((p) => `${name}: ${p}`));
}

await step('links', async () => {
  const crawled = await crawl(baseUrl);
  console.log(`  linkinator: ${crawled.checked} internal links checked from ${baseUrl}, ${crawled.broken.length} broken`);
  const anchors = checkAnchors(siteDir, baseUrl);
  console.log(`  anchors: ${anchors.pages} pages read, ${anchors.fragments} #fragment links checked`);
  for (const orphan of anchors.orphans) console.log(`  note: no link from index.html reaches ${orphan}`);
  return [...crawled.broken, ...anchors.problems];
});

await step('axe', async () => {
  const pages = pagesForAxe(siteDir);
  const search = searchWithResults(siteDir);
  if (search !== null) pages.push(search);
  console.log(`  pages: ${pages.join(', ')}`);
  const result = await runAxe(baseUrl, pages);
  console.log(`  axe-core ${result.version}: ${result.views} page views checked`);
  return result.problems;
});

await step('lighthouse', async () => {
  const event = richestEventPage(siteDir);
  const urls = [new URL('index.html', baseUrl).href];
  if (event !== null) urls.push(new URL(event, baseUrl).href);
  const search = searchWithResults(siteDir);
  if (search !== null) urls.push(new URL(search, baseUrl).href);
  const result = await runLighthouse(urls, MIN_LIGHTHOUSE_SCORE);
  console.log('  preset   perf  a11y  best   seo  page');
  for (const row of result.rows) {
    const s = row.scores;
    const cells = [s.performance, s.accessibility, s['best-practices'], s.seo].map((v) => String(v).padStart(5));
    console.log(`  ${row.preset.padEnd(7)}${cells.join(' ')}  ${row.url.slice(baseUrl.length)}`);
    for (const lost of row.lost) console.log(`           points lost, ${lost}`);
  }
  return result.problems;
});

await step('feeds', async () => {
  const result = checkFeeds(siteDir);
  const c = result.counts;
  console.log(`  ${c.atom} Atom feeds, ${c.jsonFeed} JSON Feeds, ${c.otherXml} other XML and ${c.otherJson} other JSON files parsed`);
  const problems = [...result.problems];
  if (c.atom === 0) problems.push('no Atom feed found (feed.xml is part of the site)');
  return problems;
});

console.log('');
if (failures.length > 0) {
  console.log(`web checks FAILED: ${failures.length} problem(s)`);
  for (const f of failures) console.log(`  ${f}`);
  process.exit(1);
}
console.log('web checks passed');
