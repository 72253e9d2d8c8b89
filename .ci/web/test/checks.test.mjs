// The checkers must catch the mistakes they exist for: each case below is a small site with
// one known fault, and the test fails when the checker lets it through.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { checkFeeds } from '../feeds.mjs';
import { checkAnchors } from '../links.mjs';
import { pagesForAxe, searchWithResults } from '../pages.mjs';

const BASE = 'http://127.0.0.1:9/news/';
const dirs = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'web-checks-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

const ATOM = (entry, head = '<author><name>Desk</name></author>') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.org,2026:feed</id><title>News</title>
<updated>2026-01-09T01:13:54Z</updated>${head}<link rel="alternate" href="index.html"/>${entry}</feed>`;

const GOOD_ENTRY = `<entry><id>tag:example.org,2026:e1</id><title>One</title>
<link rel="alternate" href="events/one.html"/><updated>2026-01-06T00:00:00Z</updated></entry>`;

test('links: a good site has no problem and every page is reached', () => {
  const dir = site({
    'index.html': page('<a href="events/one.html#quotes">q</a> <a href="./">home</a>'),
    'events/one.html': page('<h2 id="quotes">Quotes</h2><a href="../index.html">up</a>'),
  });
  const result = checkAnchors(dir, BASE);
  assert.deepEqual(result.problems, []);
  assert.equal(result.fragments, 1);
  assert.deepEqual(result.orphans, []);
});

test('links: a missing #fragment, a missing file and a link above /news/ are each reported', () => {
  const dir = site({
    'index.html': page('<a href="events/one.html#speakers">s</a>'),
    'events/one.html': page('<a href="../../feed.xml">feed</a><a href="../people/x.html">x</a>'),
    'lost.html': page('nobody links here'),
  });
  const result = checkAnchors(dir, BASE);
  const all = result.problems.join('\n');
  assert.equal(result.problems.length, 3, all);
  assert.match(all, /#speakers, which events\/one\.html does not have/);
  assert.match(all, /leaves the site/);
  assert.match(all, /missing file people\/x\.html/);
  assert.deepEqual(result.orphans, ['lost.html']);
});

test('axe pages: every top-level page and the first and largest page of each folder', () => {
  const dir = site({
    'index.html': page(''),
    'search.html': page(''),
    'people/a.html': page(''),
    'people/b.html': page('x'.repeat(500)),
    'people/c.html': page(''),
    'events/e.md': '# not html',
  });
  assert.deepEqual(pagesForAxe(dir), ['index.html', 'people/a.html', 'people/b.html', 'search.html']);
});

test('search page with results: a query made of the newest title\'s longest word', () => {
  const dir = site({
    'search.html': page(''),
    'assets/search/d-0.js': '(self.newsdigestSearch=self.newsdigestSearch||{})["d-0"]='
      + '[{"type":"event","title":"Łódź council \\u003cb\\u003e approves budget","url":"events/a.html"}];\n',
  });
  assert.equal(searchWithResults(dir), 'search.html?q=approves');
  assert.equal(searchWithResults(site({ 'index.html': page('') })), null, 'no index, no search page');
});

test('feeds: a valid Atom feed and a valid JSON Feed pass', () => {
  const dir = site({
    'index.html': page(''),
    'events/one.html': page(''),
    'feed.xml': ATOM(GOOD_ENTRY),
    'feed.json': JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'News',
      home_page_url: 'index.html',
      items: [{ id: 'e1', url: 'events/one.html', content_text: 'One', date_published: '2026-01-06T00:00:00+01:00' }],
    }),
    'data/events.json': '{"events":[]}',
  });
  const result = checkFeeds(dir);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.counts, { atom: 1, jsonFeed: 1, otherXml: 0, otherJson: 1 });
});

test('feeds: Atom mistakes against RFC 4287 are each reported', () => {
  const bad = `<entry><id>e1</id><title>One</title><title>Two</title>
<updated>6 January 2026</updated></entry>
<entry><id>tag:example.org,2026:e2</id><title>Two</title><updated>2026-02-30T00:00:00Z</updated>
<link rel="alternate" href="events/missing.html"/></entry>`;
  const dir = site({ 'index.html': page(''), 'feed.xml': ATOM(bad, '') });
  const all = checkFeeds(dir).problems.join('\n');
  assert.match(all, /entry 1 atom:id "e1" is not an absolute IRI/);
  assert.match(all, /entry 1 has 2 atom:title/);
  assert.match(all, /entry 1 updated "6 January 2026" is not an RFC 3339/);
  assert.match(all, /entry 2 updated "2026-02-30T00:00:00Z" is not an RFC 3339/);
  assert.match(all, /entry 1 has no atom:author and neither has the feed/);
  assert.match(all, /entry 1 has neither atom:content nor a link/);
  assert.match(all, /missing file events\/missing\.html/);
});

test('feeds: a feed that is not well-formed XML is reported', () => {
  const dir = site({ 'people/ana.xml': '<feed xmlns="http://www.w3.org/2005/Atom"><title>A &amp B</title>' });
  const problems = checkFeeds(dir).problems;
  assert.ok(problems.length > 0 && problems.every((p) => p.startsWith('people/ana.xml: ')), problems.join('\n'));
});

test('feeds: JSON Feed mistakes against version 1.1 are each reported', () => {
  const dir = site({
    'feed.json': JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      items: [
        { id: 1, content_text: 'a' },
        { id: 'x', title: 'no content', date_modified: '2026-01-06', tags: ['a', 2], authors: [{}] },
        { id: 'x', content_html: '<p>b</p>' },
      ],
    }),
    'broken.json': '{"events": [',
  });
  const all = checkFeeds(dir).problems.join('\n');
  assert.match(all, /version is "https:\/\/jsonfeed.org\/version\/1"/);
  assert.match(all, /feed: title is required/);
  assert.match(all, /item 1: id must be a non-empty string/);
  assert.match(all, /item 2: needs content_html or content_text/);
  assert.match(all, /item 2 date_modified "2026-01-06" is not an RFC 3339/);
  assert.match(all, /item 2: tags must be an array of strings/);
  assert.match(all, /item 2 author 1: needs a name, url or avatar/);
  assert.match(all, /item 3: duplicate id x/);
  assert.match(all, /broken\.json: not JSON/);
});
