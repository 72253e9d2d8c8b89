// Every feed of the site parses and follows its spec: Atom against RFC 4287's MUSTs, JSON Feed
// against version 1.1. Feeds are found by content, not by name, so per-entity feeds beside
// their pages are checked as soon as they exist. Every other .xml and .json file must parse.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { listFiles } from './pages.mjs';

const ATOM = 'http://www.w3.org/2005/Atom';
const XHTML = 'http://www.w3.org/1999/xhtml';
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Returns counts of each kind of file checked and one message per problem. */
export function checkFeeds(siteDir) {
  const counts = { atom: 0, jsonFeed: 0, otherXml: 0, otherJson: 0 };
  const problems = [];
  for (const file of listFiles(siteDir)) {
    const report = (message) => problems.push(`${file}: ${message}`);
    const text = readFileSync(join(siteDir, file), 'utf8');
    if (file.endsWith('.xml')) {
      const doc = parseXml(text, report);
      if (doc === null) continue;
      const root = doc.documentElement;
      if (root.namespaceURI === ATOM && root.localName === 'feed') {
        counts.atom++;
        checkAtom(root, file, siteDir, report);
      } else {
        counts.otherXml++;
      }
    } else if (file.endsWith('.json')) {
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        report(`not JSON: ${e.message}`);
        continue;
      }
      if (typeof json?.version === 'string' && json.version.startsWith('https://jsonfeed.org/')) {
        counts.jsonFeed++;
        checkJsonFeed(json, file, siteDir, report);
      } else {
        counts.otherJson++;
      }
    }
  }
  return { counts, problems };
}

function parseXml(text, report) {
  let failed = false;
  const parser = new DOMParser({
    onError: (level, message) => {
      failed = true;
      report(`XML ${level}: ${String(message).split('\n')[0]}`);
    },
  });
  try {
    const doc = parser.parseFromString(text, 'application/xml');
    return failed ? null : doc;
  } catch (e) {
    report(`not well-formed XML: ${String(e.message).split('\n')[0]}`);
    return null;
  }
}

// ---- Atom (RFC 4287) ----

function atomChildren(element, name) {
  return Array.from(element.childNodes).filter(
    (n) => n.nodeType === 1 && n.namespaceURI === ATOM && n.localName === name,
  );
}

function exactlyOne(element, name, where, report) {
  const found = atomChildren(element, name);
  if (found.length !== 1) report(`${where} has ${found.length} atom:${name}, must have exactly 1 (RFC 4287)`);
  return found[0];
}

function atMostOne(element, names, where, report) {
  for (const name of names) {
    const n = atomChildren(element, name).length;
    if (n > 1) report(`${where} has ${n} atom:${name}, may have at most 1 (RFC 4287)`);
  }
}

function checkAtom(feed, file, siteDir, report) {
  const feedUrl = new URL(file, 'http://site.invalid/');
  checkId(exactlyOne(feed, 'id', 'feed', report), 'feed', report);
  checkText(exactlyOne(feed, 'title', 'feed', report), 'feed title', report);
  checkDate(exactlyOne(feed, 'updated', 'feed', report), 'feed updated', report);
  atMostOne(feed, ['generator', 'icon', 'logo', 'rights', 'subtitle'], 'feed', report);
  checkLinks(feed, 'feed', feedUrl, siteDir, report);
  if (!atomChildren(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) {
    // RFC 4287 says SHOULD; feed readers use it to find the feed again. Not a failure.
    console.log(`  note: ${file}: no atom:link rel="self" (only written when --base-url is given)`);
  }
  const feedHasAuthor = atomChildren(feed, 'author').length > 0;
  checkPersons(feed, 'feed', report);
  const ids = new Set();
  atomChildren(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = exactlyOne(entry, 'id', where, report);
    checkId(id, where, report);
    if (id) {
      const value = id.textContent.trim();
      if (ids.has(value)) report(`${where}: duplicate atom:id ${value}`);
      ids.add(value);
    }
    checkText(exactlyOne(entry, 'title', where, report), `${where} title`, report);
    checkDate(exactlyOne(entry, 'updated', where, report), `${where} updated`, report);
    atMostOne(entry, ['content', 'published', 'rights', 'source', 'summary'], where, report);
    for (const published of atomChildren(entry, 'published')) checkDate(published, `${where} published`, report);
    for (const summary of atomChildren(entry, 'summary')) checkText(summary, `${where} summary`, report);
    checkLinks(entry, where, feedUrl, siteDir, report);
    checkPersons(entry, where, report);
    if (!feedHasAuthor && atomChildren(entry, 'author').length === 0) {
      report(`${where} has no atom:author and neither has the feed (RFC 4287 4.1.2)`);
    }
    const hasAlternate = atomChildren(entry, 'link').some((l) => (l.getAttribute('rel') || 'alternate') === 'alternate');
    if (atomChildren(entry, 'content').length === 0 && !hasAlternate) {
      report(`${where} has neither atom:content nor a link rel="alternate" (RFC 4287 4.1.2)`);
    }
    for (const category of atomChildren(entry, 'category')) {
      if (!category.getAttribute('term')) report(`${where}: atom:category without a term`);
    }
  });
}

function checkId(id, where, report) {
  if (!id) return;
  const value = id.textContent.trim();
  // An IRI, never a relative reference (RFC 4287 4.2.6): it needs a scheme.
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) report(`${where} atom:id "${value}" is not an absolute IRI`);
}

function checkDate(element, where, report) {
  if (!element) return;
  const value = element.textContent.trim();
  const m = RFC3339.exec(value);
  const valid =
    m !== null &&
    +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 &&
    +m[3] <= new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate() &&
    +m[4] <= 23 && +m[5] <= 59 && +m[6] <= 60;
  if (!valid) report(`${where} "${value}" is not an RFC 3339 date-time (RFC 4287 3.3)`);
}

function checkText(element, where, report) {
  if (!element) return;
  const type = element.getAttribute('type') || 'text';
  if (!['text', 'html', 'xhtml'].includes(type)) report(`${where}: type "${type}" is not text, html or xhtml`);
  if (type === 'xhtml') {
    const children = Array.from(element.childNodes).filter((n) => n.nodeType === 1);
    if (children.length !== 1 || children[0].namespaceURI !== XHTML || children[0].localName !== 'div') {
      report(`${where}: xhtml text must hold exactly one xhtml:div (RFC 4287 3.1.1.3)`);
    }
  } else if (Array.from(element.childNodes).some((n) => n.nodeType === 1)) {
    report(`${where}: ${type} text holds child elements (RFC 4287 3.1.1)`);
  }
}

function checkPersons(element, where, report) {
  for (const kind of ['author', 'contributor']) {
    for (const person of atomChildren(element, kind)) {
      const names = atomChildren(person, 'name');
      if (names.length !== 1 || names[0].textContent.trim() === '') {
        report(`${where}: atom:${kind} needs exactly one non-empty atom:name (RFC 4287 3.2.1)`);
      }
    }
  }
}

function checkLinks(element, where, feedUrl, siteDir, report) {
  const alternates = new Set();
  for (const link of atomChildren(element, 'link')) {
    const href = link.getAttribute('href');
    if (!href) {
      report(`${where}: atom:link without href (RFC 4287 4.2.7.1)`);
      continue;
    }
    const rel = link.getAttribute('rel') || 'alternate';
    if (rel === 'alternate') {
      const key = `${link.getAttribute('type') || ''} ${link.getAttribute('hreflang') || ''}`;
      if (alternates.has(key)) report(`${where}: two rel="alternate" links with the same type and hreflang (RFC 4287 4.1.1)`);
      alternates.add(key);
    }
    checkTarget(href, feedUrl, `${where} link ${rel}`, siteDir, report);
  }
}

/** A relative link in a feed must reach a file of the site (absolute ones need --base-url). */
function checkTarget(href, feedUrl, where, siteDir, report) {
  let target;
  try {
    target = new URL(href, feedUrl);
  } catch {
    report(`${where}: unparsable URL "${href}"`);
    return;
  }
  if (target.origin !== feedUrl.origin) return;
  let path = decodeURIComponent(target.pathname.slice(1));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  if (!existsSync(join(siteDir, path))) report(`${where}: "${href}" points to a missing file ${path}`);
}

// ---- JSON Feed 1.1 ----

function checkJsonFeed(feed, file, siteDir, report) {
  const feedUrl = new URL(file, 'http://site.invalid/');
  if (feed.version !== JSON_FEED_VERSION) report(`version is "${feed.version}", expected ${JSON_FEED_VERSION}`);
  requireString(feed, 'title', 'feed', report, true);
  for (const key of ['home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'language']) {
    requireString(feed, key, 'feed', report, false);
  }
  for (const key of ['home_page_url', 'feed_url']) {
    if (typeof feed[key] === 'string') checkTarget(feed[key], feedUrl, `feed ${key}`, siteDir, report);
  }
  checkAuthors(feed, 'feed', report);
  if (!Array.isArray(feed.items)) {
    report('items must be an array (JSON Feed 1.1)');
    return;
  }
  const ids = new Set();
  feed.items.forEach((item, i) => {
    const where = `item ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      report(`${where} is not an object`);
      return;
    }
    if (typeof item.id !== 'string' || item.id === '') report(`${where}: id must be a non-empty string (JSON Feed 1.1)`);
    else if (ids.has(item.id)) report(`${where}: duplicate id ${item.id}`);
    else ids.add(item.id);
    for (const key of ['url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'language']) {
      requireString(item, key, where, report, false);
    }
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') {
      report(`${where}: needs content_html or content_text (JSON Feed 1.1)`);
    }
    if (typeof item.url === 'string') checkTarget(item.url, feedUrl, `${where} url`, siteDir, report);
    for (const key of ['date_published', 'date_modified']) {
      if (item[key] === undefined) continue;
      if (typeof item[key] !== 'string') report(`${where}: ${key} must be a string`);
      else checkDate({ textContent: item[key] }, `${where} ${key}`, report);
    }
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string'))) {
      report(`${where}: tags must be an array of strings`);
    }
    checkAuthors(item, where, report);
    if (item.attachments !== undefined) {
      if (!Array.isArray(item.attachments)) report(`${where}: attachments must be an array`);
      else item.attachments.forEach((a, j) => {
        if (typeof a?.url !== 'string' || typeof a?.mime_type !== 'string') {
          report(`${where} attachment ${j + 1}: url and mime_type are required`);
        }
      });
    }
  });
}

function requireString(object, key, where, report, required) {
  if (object[key] === undefined) {
    if (required) report(`${where}: ${key} is required (JSON Feed 1.1)`);
  } else if (typeof object[key] !== 'string') {
    report(`${where}: ${key} must be a string`);
  }
}

function checkAuthors(object, where, report) {
  if (object.authors === undefined) return;
  if (!Array.isArray(object.authors)) {
    report(`${where}: authors must be an array (JSON Feed 1.1)`);
    return;
  }
  object.authors.forEach((a, i) => {
    const fields = ['name', 'url', 'avatar'].filter((k) => typeof a?.[k] === 'string');
    if (fields.length === 0) report(`${where} author ${i + 1}: needs a name, url or avatar (JSON Feed 1.1)`);
  });
}
