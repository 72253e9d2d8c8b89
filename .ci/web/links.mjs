// Links: linkinator crawls the served site from its index; our own pass over every HTML file
// adds what linkinator 6 does not check: that each #fragment names an element of its target
// page, and that no relative link climbs above the sub-path the site is served from (on a
// server rooted at the site such a link works by luck; at any sub-path it breaks).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { LinkChecker } from 'linkinator';
import { listFiles } from './pages.mjs';

const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  form: ['action'],
};

/** Crawls baseUrl with linkinator; returns the broken internal links as messages. */
export async function crawl(baseUrl) {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: baseUrl,
    recurse: true,
    concurrency: 8,
    timeout: 20000,
    // Internal only: the articles' own links point at the outlets' sites, which CI cannot reach.
    linksToSkip: async (link) => !link.startsWith(baseUrl),
  });
  const checked = result.links.filter((l) => l.state !== 'SKIPPED');
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => `${l.url} (HTTP ${l.status}) linked from ${l.parent ?? 'the start page'}`)
    .sort();
  return { checked: checked.length, broken };
}

/** Reads every HTML page of siteDir; returns broken fragments, escaping links, orphan pages. */
export function checkAnchors(siteDir, baseUrl) {
  const base = new URL(baseUrl);
  const files = listFiles(siteDir);
  const pages = new Map();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    pages.set(file, readPage(join(siteDir, file)));
  }
  const problems = [];
  const linked = new Map();
  let fragments = 0;
  for (const [file, page] of pages) {
    const pageUrl = new URL(file, base);
    linked.set(file, new Set());
    for (const raw of page.urls) {
      let target;
      try {
        target = new URL(raw, pageUrl);
      } catch {
        problems.push(`${file}: unparsable URL "${raw}"`);
        continue;
      }
      if (target.origin !== base.origin) continue;
      if (!target.pathname.startsWith(base.pathname)) {
        problems.push(`${file}: "${raw}" leaves the site (resolves to ${target.pathname})`);
        continue;
      }
      let path = decodeURIComponent(target.pathname.slice(base.pathname.length));
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (!existsSync(join(siteDir, path))) {
        problems.push(`${file}: "${raw}" points to a missing file ${path}`);
        continue;
      }
      if (pages.has(path)) linked.get(file).add(path);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '' || !pages.has(path)) continue;
      fragments++;
      if (!pages.get(path).ids.has(fragment)) {
        problems.push(`${file}: "${raw}" names #${fragment}, which ${path} does not have`);
      }
    }
  }
  return { pages: pages.size, fragments, problems, orphans: orphans(pages, linked) };
}

/** Pages that no chain of links from index.html reaches (404.html is reached by the server). */
function orphans(pages, linked) {
  const seen = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    for (const next of linked.get(queue.shift()) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...pages.keys()].filter((p) => !seen.has(p) && p !== '404.html');
}

function readPage(path) {
  const ids = new Set();
  const urls = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (name === 'a' && attributes.name) ids.add(attributes.name);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          if (attributes[attribute] !== undefined) urls.push(attributes[attribute]);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(readFileSync(path, 'utf8'));
  return { ids, urls };
}
