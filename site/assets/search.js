/* newsdigest search. The index is split (written by the build, see docs/output.md): a manifest,
   word shards keyed by the words' first letters, files of results and the filters' lists. Each
   file is a script that adds its data to window.newsdigestSearch; this script loads the few that
   a query needs with script elements, which work from file:// too (where a page cannot fetch a
   file) and from any sub-path, as every address is relative to this page. No library: the index
   is made to be split and read this way. No HTML is built from strings: every text from the
   index is set as a text node, and highlights are <mark> elements around text nodes. Every label
   the page shows comes from the template (the form's data-msg-* attributes). */
(function () {
  'use strict';
  var form = document.querySelector('form[data-index]');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) {
    return;
  }
  var from = document.getElementById('from');
  var to = document.getElementById('to');
  var outlet = document.getElementById('outlet');
  var more = document.getElementById('search-more');
  var base = form.getAttribute('data-index');
  var registry = window.newsdigestSearch = window.newsdigestSearch || {};
  var PAGE = 20;
  // A query word also finds the longer words it starts with, from this length on, unless that
  // would load more than MAX_PREFIX_SHARDS shards (then it finds itself only).
  var PREFIX_MIN = 2;
  var MAX_PREFIX_SHARDS = 8;
  // Points for a word found whole / as the start of a longer word, by field class: the title;
  // people and places; the outlet and the text. Events get one more.
  var WEIGHTS = [[8, 4], [5, 3], [2, 1]];
  var manifest = null;
  var keys = null;
  var pending = {};
  var latest = 0;
  var timer = null;

  function message(name, values) {
    var template = form.getAttribute('data-msg-' + name) || '';
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return values && values[key] !== undefined ? String(values[key]) : whole;
    });
  }

  // Words as the build reads them (org.newsdigest.text.TextWords): letters that do not decompose
  // spelled out, accents and other marks dropped, lower case, every run of characters other than
  // letters and digits a break, a decimal point between digits kept ("2.5" is one word).
  var SPELLED = {
    'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L',
    'đ': 'd', 'ð': 'd', 'Đ': 'D', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ı': 'i'
  };
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
  var DIGIT = /^\p{Nd}$/u;

  function words(text) {
    if (!text) {
      return [];
    }
    var plain = String(text).replace(/[ßæÆœŒøØłŁđðĐÐþÞı]/g, function (c) { return SPELLED[c]; })
      .normalize('NFKD').replace(/\p{M}+/gu, '');
    var out = '';
    var space = true;
    for (var i = 0; i < plain.length; i++) {
      var c = plain.charAt(i);
      if (LETTER_OR_DIGIT.test(c)) {
        out += c;
        space = false;
      } else if (c === '.' && i > 0 && i + 1 < plain.length && DIGIT.test(plain.charAt(i - 1))
          && DIGIT.test(plain.charAt(i + 1))) {
        out += c;
      } else if (!space) {
        out += ' ';
        space = true;
      }
    }
    out = out.trim().toLowerCase();
    return out ? out.split(' ') : [];
  }

  function load(name) {
    if (registry[name]) {
      return Promise.resolve(registry[name]);
    }
    if (!pending[name]) {
      pending[name] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + name + '.js';
        script.onload = function () {
          if (registry[name]) {
            resolve(registry[name]);
          } else {
            reject(new Error(name));
          }
        };
        script.onerror = function () {
          delete pending[name];
          reject(new Error(name));
        };
        document.head.appendChild(script);
      });
    }
    return pending[name];
  }

  function shardName(key) {
    var name = 't-';
    new TextEncoder().encode(key).forEach(function (b) {
      name += (b < 16 ? '0' : '') + b.toString(16);
    });
    return name;
  }

  // The shards holding a word (the longest key it starts with) and, for a prefix, every longer
  // key that starts with it.
  function plan(word) {
    var chars = Array.from(word);
    var own = [];
    for (var n = chars.length; n > 0; n--) {
      var head = chars.slice(0, n).join('');
      if (keys.has(head)) {
        own.push(head);
        break;
      }
    }
    var longer = chars.length < PREFIX_MIN ? [] : manifest.keys.filter(function (key) {
      return key.length > word.length && key.indexOf(word) === 0;
    });
    var prefix = chars.length >= PREFIX_MIN && longer.length + own.length <= MAX_PREFIX_SHARDS;
    return { word: word, prefix: prefix, shards: prefix ? own.concat(longer) : own };
  }

  // Each entry holding the word, with the points of the best place it was found.
  function scores(query, shards, events) {
    var found = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (term) {
        var whole = term === query.word;
        if (!whole && !(query.prefix && term.indexOf(query.word) === 0)) {
          return;
        }
        var postings = shard[term];
        var id = 0;
        for (var i = 0; i < postings.length; i++) {
          id += Math.floor(postings[i] / 8);
          var code = postings[i] % 8;
          var points = WEIGHTS[code >> 1][whole ? 0 : 1];
          if (points > (found.get(id) || 0)) {
            found.set(id, points);
          }
          if (code & 1) {
            events.add(id);
          }
        }
      });
    });
    return found;
  }

  function epochDay(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
    return match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) / 86400000 : null;
  }

  // The entries from day `first` to day `last` (either may be null): entries are newest first,
  // so that is one range [lo, hi).
  function dayRange(days, first, last) {
    var lo = 0;
    var hi = days.undated;
    var day = 0;
    var id = 0;
    var loFound = last === null;
    var hiFound = first === null;
    for (var i = 0; i < days.starts.length; i++) {
      day = i === 0 ? days.starts[i][0] : day - days.starts[i][0];
      id += days.starts[i][1];
      if (!loFound && day <= last) {
        lo = id;
        loFound = true;
      }
      if (!hiFound && day < first) {
        hi = id;
        hiFound = true;
      }
    }
    if (!loFound) {
      lo = days.undated;
    }
    return { lo: lo, hi: Math.max(lo, hi) };
  }

  function outletSet(gaps) {
    var ids = new Set();
    var id = 0;
    gaps.forEach(function (gap) {
      id += gap;
      ids.add(id);
    });
    return ids;
  }

  function readForm() {
    return {
      q: input.value.trim(),
      from: from && epochDay(from.value) !== null ? from.value : '',
      to: to && epochDay(to.value) !== null ? to.value : '',
      outlet: outlet ? outlet.value : ''
    };
  }

  // Entries matching the query and filters, best first: { ids, common } or null for no search.
  function search(state) {
    var queryWords = [];
    var common = [];
    words(state.q).forEach(function (w) {
      var list = manifest.common.indexOf(w) >= 0 ? common : queryWords;
      if (list.indexOf(w) < 0) {
        list.push(w);
      }
    });
    var filtered = state.from || state.to || state.outlet;
    if (queryWords.length === 0 && !filtered) {
      return Promise.resolve(common.length ? { ids: [], common: common } : null);
    }
    var plans = queryWords.map(plan);
    var wanted = [];
    plans.forEach(function (p) {
      p.shards.forEach(function (key) {
        wanted.push(load(shardName(key)));
      });
    });
    var range = state.from || state.to ? load('days') : Promise.resolve(null);
    var outletIndex = manifest.outlets.indexOf(state.outlet);
    var members = !state.outlet ? Promise.resolve(null)
      : outletIndex < 0 ? Promise.resolve([]) : load('o-' + outletIndex);
    return Promise.all([Promise.all(wanted), range, members]).then(function (loaded) {
      var limits = loaded[1] ? dayRange(loaded[1], epochDay(state.from), epochDay(state.to))
        : { lo: 0, hi: manifest.entries };
      var inOutlet = loaded[2] ? outletSet(loaded[2]) : null;
      function kept(id) {
        return id >= limits.lo && id < limits.hi && (!inOutlet || inOutlet.has(id));
      }
      if (plans.length === 0) {
        var all = [];
        if (inOutlet) {
          inOutlet.forEach(function (id) { if (kept(id)) { all.push(id); } });
          all.sort(function (a, b) { return a - b; });
        } else {
          for (var id = limits.lo; id < limits.hi; id++) {
            all.push(id);
          }
        }
        return { ids: all, common: common }; // newest first
      }
      var events = new Set();
      var total = null;
      plans.forEach(function (p) {
        var shards = p.shards.map(function (key) { return registry[shardName(key)]; });
        var found = scores(p, shards, events);
        if (total === null) {
          total = found;
          return;
        }
        var both = new Map();
        total.forEach(function (points, id) {
          if (found.has(id)) {
            both.set(id, points + found.get(id));
          }
        });
        total = both;
      });
      var ranked = [];
      total.forEach(function (points, id) {
        if (kept(id)) {
          ranked.push({ id: id, points: points + (events.has(id) ? 1 : 0) });
        }
      });
      // Best first; among equals the newer, which is the lower number.
      ranked.sort(function (a, b) { return b.points - a.points || a.id - b.id; });
      return { ids: ranked.map(function (r) { return r.id; }), common: common };
    });
  }

  function element(tag, className) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    return node;
  }

  // Does a word of the text match a word of the query, whole or as its start?
  function matcher(state) {
    var queryWords = words(state.q).filter(function (w) { return manifest.common.indexOf(w) < 0; });
    return function (word) {
      return queryWords.some(function (q) {
        return word === q || (Array.from(q).length >= PREFIX_MIN && word.indexOf(q) === 0);
      });
    };
  }

  // The runs of letters of a text that hold a query word, as [start, end] pairs.
  function matchedRuns(text, matches) {
    var runs = /[\p{L}\p{N}\p{M}]+(?:\.\p{Nd}+)*/gu;
    var found = [];
    var run;
    while ((run = runs.exec(text)) !== null) {
      if (words(run[0]).some(matches)) {
        found.push([run.index, run.index + run[0].length]);
      }
    }
    return found;
  }

  // Appends text to parent, each run of letters holding a query word inside <mark>.
  function appendMarked(parent, text, matches) {
    var at = 0;
    matchedRuns(text, matches).forEach(function (run) {
      parent.appendChild(document.createTextNode(text.slice(at, run[0])));
      var mark = element('mark');
      mark.appendChild(document.createTextNode(text.slice(run[0], run[1])));
      parent.appendChild(mark);
      at = run[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // The text from a little before its first match, so the match shows in a long text.
  function snippet(text, matches) {
    var first = matchedRuns(text, matches)[0];
    if (!first || first[0] < 120) {
      return text;
    }
    var start = text.lastIndexOf(' ', first[0] - 60);
    return '…' + text.slice(start < 0 ? first[0] : start + 1);
  }

  function result(item, matches) {
    var li = element('li', 'search-result ' + item.type);
    var heading = element('h2');
    var link = element('a');
    link.href = item.url; // relative to the site root, where this page lives
    appendMarked(link, item.title, matches);
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = element('p', 'meta');
    meta.appendChild(document.createTextNode([message(item.type), item.when, item.place, item.outlet]
      .filter(function (part) { return part; }).join(' · ')));
    li.appendChild(meta);
    if (item.text) {
      var teaser = element('p', 'teaser');
      appendMarked(teaser, snippet(item.text, matches), matches);
      li.appendChild(teaser);
    }
    return li;
  }

  // Shows results [shown, shown + PAGE) of ids, loading the files that hold them.
  function showPage(search, shown, focusFirst) {
    var page = search.ids.slice(shown, shown + PAGE);
    var per = manifest.docsPerFile;
    var files = [];
    page.forEach(function (id) {
      var name = 'd-' + Math.floor(id / per);
      if (files.indexOf(name) < 0) {
        files.push(name);
      }
    });
    return Promise.all(files.map(load)).then(function () {
      if (search.serial !== latest) {
        return;
      }
      var first = null;
      page.forEach(function (id) {
        var item = registry['d-' + Math.floor(id / per)][id % per];
        var li = result(item, search.matches);
        list.appendChild(li);
        first = first || li.querySelector('a');
      });
      search.shown = shown + page.length;
      if (more) {
        more.hidden = search.shown >= search.ids.length;
      }
      if (focusFirst && first) {
        first.focus();
      }
    });
  }

  function statusText(state, found) {
    var count = found.ids.length;
    var name = count === 0 ? 'none' : (count === 1 ? 'one' : 'many');
    var text = message(state.q ? name + '-for' : name, { n: count, q: state.q });
    if (found.common.length) {
      text += ' ' + message('common', { words: found.common.join(', ') });
    }
    return text;
  }

  var current = null;

  function run(state) {
    var serial = ++latest;
    return search(state).then(function (found) {
      if (serial !== latest) {
        return;
      }
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      if (more) {
        more.hidden = true;
      }
      if (!found) {
        current = null;
        status.textContent = message('prompt');
        return;
      }
      current = { ids: found.ids, serial: serial, matches: matcher(state), shown: 0 };
      return showPage(current, 0, false).then(function () {
        if (serial === latest) {
          status.textContent = statusText(state, found);
        }
      });
    }).catch(function () {
      if (serial === latest) {
        status.textContent = message('failed');
      }
    });
  }

  // The query and filters in the address, so that a search can be linked to.
  function writeUrl(state) {
    var params = new URLSearchParams();
    ['q', 'from', 'to', 'outlet'].forEach(function (name) {
      if (state[name]) {
        params.set(name, state[name]);
      }
    });
    var query = params.toString();
    try {
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from a file; search still works.
    }
  }

  function update() {
    var state = readForm();
    writeUrl(state);
    return run(state);
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    if (from) {
      from.value = params.get('from') || '';
    }
    if (to) {
      to.value = params.get('to') || '';
    }
    if (outlet) {
      outlet.value = params.get('outlet') || '';
    }
  }

  load('manifest').then(function (loaded) {
    manifest = loaded;
    keys = new Set(manifest.keys);
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 150);
    });
    [from, to, outlet].forEach(function (field) {
      if (field) {
        field.addEventListener('change', update);
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      update();
    });
    if (more) {
      more.addEventListener('click', function () {
        if (current) {
          showPage(current, current.shown, true);
        }
      });
    }
    readUrl();
    run(readForm());
  }, function () {
    status.textContent = message('failed');
  });
})();
