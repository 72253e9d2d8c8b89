/* newsdigest search: reads the index assets/search-index.js (written at build time, loaded by a script
   tag just before this one, so that it works from file:// too, where a page cannot fetch a file),
   ranks events and articles by where the query's words occur, and lists them as links. No
   library, no inline script, no HTML built from strings: every text is set with textContent.
   Its words come from the form's data-text-* attributes, in the site's language; {0} is a count,
   {1} the query. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-index]');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) {
    return;
  }
  var MAX_RESULTS = 50;
  // The site's words, from the page in its language: no language is written into this script.
  var TEXTS = {};
  ['prompt', 'nothing', 'one', 'other', 'best', 'event', 'article', 'noIndex'].forEach(function (key) {
    TEXTS[key] = form.dataset['text' + key.charAt(0).toUpperCase() + key.slice(1)] || '';
  });

  function say(key, count, query) {
    return TEXTS[key].replace(/\{([01])\}/g, function (all, n) {
      return n === '0' ? String(count) : query;
    });
  }

  // Points for a query word found as a whole word / as the start of a word, by field.
  var WEIGHTS = {
    title: [8, 4], people: [5, 3], place: [5, 3], outlet: [2, 1], text: [2, 1]
  };
  var items = null;

  function words(text) {
    if (!text) {
      return [];
    }
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function prepare(item) {
    return {
      item: item,
      fields: {
        title: words(item.title),
        people: words((item.people || []).join(' ')),
        place: words(item.place),
        outlet: words(item.outlet),
        text: words(item.text)
      }
    };
  }

  function wordScore(entry, word) {
    var best = 0;
    Object.keys(WEIGHTS).forEach(function (field) {
      var tokens = entry.fields[field];
      for (var i = 0; i < tokens.length; i++) {
        var points = tokens[i] === word ? WEIGHTS[field][0]
          : (word.length >= 2 && tokens[i].indexOf(word) === 0 ? WEIGHTS[field][1] : 0);
        if (points > best) {
          best = points;
        }
      }
    });
    return best;
  }

  // Every query word must occur somewhere; the score adds the best place each was found.
  function search(query) {
    var queryWords = words(query);
    if (queryWords.length === 0) {
      return [];
    }
    var found = [];
    items.forEach(function (entry) {
      var total = 0;
      for (var i = 0; i < queryWords.length; i++) {
        var score = wordScore(entry, queryWords[i]);
        if (score === 0) {
          return;
        }
        total += score;
      }
      found.push({ entry: entry, score: total + (entry.item.type === 'event' ? 1 : 0) });
    });
    found.sort(function (a, b) {
      if (b.score !== a.score) {
        return b.score - a.score;
      }
      var da = a.entry.item.date || '';
      var db = b.entry.item.date || '';
      return da < db ? 1 : (da > db ? -1 : 0);
    });
    // An article with its event's title, under that event, would only repeat it.
    var listed = {};
    found.forEach(function (f) {
      if (f.entry.item.type === 'event') {
        listed[f.entry.item.url] = f.entry.item.title;
      }
    });
    return found.filter(function (f) {
      var item = f.entry.item;
      return item.type !== 'article' || listed[item.event] !== item.title;
    }).slice(0, MAX_RESULTS).map(function (f) { return f.entry.item; });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function show(query) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (!query.trim()) {
      status.textContent = TEXTS.prompt;
      return;
    }
    var results = search(query);
    var key = results.length === 0 ? 'nothing' : results.length === MAX_RESULTS ? 'best'
      : results.length === 1 ? 'one' : 'other';
    status.textContent = say(key, results.length, query.trim());
    results.forEach(function (item) {
      var li = element('li', 'search-result ' + item.type);
      var heading = element('h2');
      var link = element('a', null, item.title);
      link.href = item.url; // relative to the site root, where this page lives
      heading.appendChild(link);
      li.appendChild(heading);
      var meta = [item.type === 'event' ? TEXTS.event : TEXTS.article, item.when || item.date, item.place, item.outlet]
        .filter(function (part) { return part; }).join(' · ');
      li.appendChild(element('p', 'meta', meta));
      if (item.text) {
        li.appendChild(element('p', 'teaser', item.text));
      }
      list.appendChild(li);
    });
  }

  function currentQuery() {
    return new URLSearchParams(window.location.search).get('q') || '';
  }

  var timer = null;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (items) {
        show(input.value);
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url.pathname + url.search);
      }
    }, 150);
  });
  form.addEventListener('submit', function (event) {
    if (items) {
      event.preventDefault();
      show(input.value);
    }
  });

  input.value = currentQuery();
  var index = window.newsdigestSearchIndex;
  if (!index) {
    status.textContent = TEXTS.noIndex;
    return;
  }
  items = (index.items || []).map(prepare);
  show(input.value);
})();
