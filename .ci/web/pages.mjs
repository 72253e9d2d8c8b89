// Finds the pages of a built site that the browser checks look at. New families of pages
// (people/, places/, timeline.html, search.html, ...) are picked up without naming them here:
// every top-level page, and in every folder the first page by name and the largest one (the
// largest is the one with the most content, so the most chances to break a rule).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under dir, as site-relative paths with '/' separators, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML pages the axe-core pass opens, each once. */
export function pagesForAxe(siteDir) {
  const html = listFiles(siteDir).filter((f) => f.endsWith('.html'));
  const chosen = new Set(html.filter((f) => !f.includes('/')));
  const byFolder = new Map();
  for (const f of html.filter((f) => f.includes('/'))) {
    const folder = f.slice(0, f.lastIndexOf('/'));
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder).push(f);
  }
  for (const files of byFolder.values()) {
    chosen.add(files[0]);
    chosen.add(largest(siteDir, files));
  }
  return [...chosen].sort();
}

/** The event page Lighthouse measures: the one reporting the most articles. */
export function richestEventPage(siteDir) {
  const data = JSON.parse(readFileSync(join(siteDir, 'data', 'events.json'), 'utf8'));
  let best = null;
  for (const event of data.events) {
    if (best === null || event.articles.length > best.articles.length) best = event;
  }
  return best === null ? null : best.url;
}

function largest(siteDir, files) {
  let best = files[0];
  let bestSize = -1;
  for (const f of files) {
    const size = statSync(join(siteDir, f)).size;
    if (size > bestSize) {
      best = f;
      bestSize = size;
    }
  }
  return best;
}

/**
 * The search page with a query that finds something (the longest word of the newest title in the
 * index), so the checks see results, highlighted words and the scripts they need; null without a
 * search index. The index files are scripts: `(...)["d-0"]=<JSON>;`.
 */
export function searchWithResults(siteDir) {
  let text;
  try {
    text = readFileSync(join(siteDir, 'assets', 'search', 'd-0.js'), 'utf8');
  } catch {
    return null;
  }
  const docs = JSON.parse(text.slice(text.indexOf(']=') + 2).trim().replace(/;$/, ''));
  const words = (docs[0]?.title ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return `search.html?q=${encodeURIComponent(longest.toLowerCase())}`;
}
