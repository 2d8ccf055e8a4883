// The Frontline desk: the map of a day from /api/territory, the events of the store, control timelines, link-up.
// Plain JavaScript and Leaflet, both served from the jar: the page loads nothing from elsewhere.
// The page states what it shows in data- attributes of <body> (date, territory, corridor, errors) for headless checks.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var DAY_MS = 86400000;
  var map = L.map('map', { attributionControl: false, zoomSnap: 0.25 });
  var layers = { border: L.layerGroup().addTo(map), territory: L.layerGroup().addTo(map), change: L.layerGroup().addTo(map),
    contact: L.layerGroup().addTo(map), place: L.layerGroup().addTo(map), event: L.layerGroup().addTo(map),
    corridor: L.layerGroup().addTo(map) };
  var colors = {};          // actor → colour, from the territory's legend
  var days = [];            // every day from the first claim to the last
  var fitted = false;
  var borders = L.geoJSON(null, { interactive: false, style: { color: '#666', weight: 1, fillColor: '#f3efe4', fillOpacity: 1 } }).addTo(layers.border);
  var playing = null;
  var lastLinkUp = null;
  var legend = L.control({ position: 'bottomright' });
  legend.onAdd = function () { return L.DomUtil.create('div', 'legend'); };
  legend.addTo(map);

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function state(name, value) { document.body.dataset[name] = typeof value === 'string' ? value : JSON.stringify(value); }
  function fail(e) {
    $('error').textContent = String(e.message || e);
    state('errors', $('error').textContent);
  }
  function api(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.detail || body.title || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function currentDay() { return days[Number($('day').value)]; }
  function colorOf(actor) { return colors[actor] || '#777'; }

  // ---- the map of a day

  function loadDay() {
    var day = currentDay();
    $('day-label').textContent = day;
    var compare = $('compare-on').checked && $('compare-day').value ? '&compare=' + $('compare-day').value : '';
    state('loading', 'true');
    return api('/api/territory?date=' + day + compare).then(function (fc) {
      if (day !== currentDay()) { return; } // a later move of the timeline wins
      drawTerritory(fc);
      return loadEvents();
    }).then(function () {
      state('loading', 'false');
      if (lastLinkUp) { return runLinkUp(); }
    }).catch(fail);
  }

  function drawTerritory(fc) {
    ['territory', 'change', 'contact', 'place'].forEach(function (k) { layers[k].clearLayers(); });
    var by = function (layer) { return fc.features.filter(function (f) { return f.properties.layer === layer; }); };
    fc.legend.forEach(function (e) { colors[e.actor] = e.color; });
    var territory = L.geoJSON(by('territory'), {
      style: function (f) { return { color: f.properties.color, weight: 0.5, fillColor: f.properties.color, fillOpacity: 0.5 }; },
      onEachFeature: function (f, l) { l.bindTooltip(esc(f.properties.actor) + ': ' + f.properties.km2 + ' km²'); }
    }).addTo(layers.territory);
    L.geoJSON(by('change'), {
      style: function (f) {
        return { color: f.properties.from ? colorOf(f.properties.from) : '#000', weight: 2, dashArray: '4 3',
          fillColor: f.properties.to ? colorOf(f.properties.to) : '#ffffff', fillOpacity: 0.85 };
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindTooltip((p.to ? esc(p.to) + ' gained ' : 'no longer held: ') + p.km2 + ' km²' + (p.from ? ' from ' + esc(p.from) : ''));
      }
    }).addTo(layers.change);
    L.geoJSON(by('contact'), {
      style: function (f) { return f.properties.isNew ? { color: '#e6007e', weight: 4 } : { color: '#222', weight: 2.5, dashArray: '6 4' }; },
      onEachFeature: function (f, l) {
        l.bindTooltip((f.properties.isNew ? 'new ' : '') + 'contact ' + esc(f.properties.a) + ' / ' + esc(f.properties.b) + ': '
          + f.properties.lengthKm + ' km');
      }
    }).addTo(layers.contact);
    L.geoJSON(by('place'), {
      pointToLayer: function (f, ll) {
        return L.circleMarker(ll, { radius: f.properties.contested ? 5 : 4, color: f.properties.contested ? '#e6007e' : '#333',
          weight: 1, fillColor: f.properties.color, fillOpacity: 1 });
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindTooltip(esc(p.name) + ': ' + (p.contested ? 'contested by ' + esc((p.contestants || []).join(', ')) : esc(p.holder || 'unheld')));
        l.on('click', function () { showControl(p.name); });
      }
    }).addTo(layers.place);
    drawLegend(fc, by('change'));
    state('territory', fc.legend.map(function (e) { return e.actor + ' ' + e.km2; }).join('; '));
    state('date', fc.date);
    if (!fitted) {
      var bounds = territory.getBounds();
      if (!bounds.isValid()) { bounds = borders.getBounds(); }
      if (bounds.isValid()) { map.fitBounds(bounds.pad(0.15)); } else { map.setView([35, 40], 6); }
      fitted = true;
    }
  }

  function drawLegend(fc, changes) {
    var rows = fc.legend.map(function (e) { return '<i style="background:' + e.color + '"></i>' + esc(e.actor) + ' (' + e.km2 + ' km²)'; });
    if (fc.features.some(function (f) { return f.properties.layer === 'contact'; })) { rows.push('<b class="line" style="border-color:#222"></b>contact line'); }
    changes.forEach(function (c) {
      var p = c.properties;
      rows.push('<i style="background:' + (p.to ? colorOf(p.to) : '#fff') + ';outline:2px dashed ' + (p.from ? colorOf(p.from) : '#000') + '"></i>'
        + (p.to ? esc(p.to) : 'unheld') + ' gained from ' + (p.from ? esc(p.from) : 'unheld') + ' (' + p.km2 + ' km²)');
    });
    if (layers.corridor.getLayers().length) { rows.push('<b class="line" style="border-color:#0057ff"></b>corridor'); }
    legend.getContainer().innerHTML = '<strong>' + esc(fc.date) + (fc.compare ? ' vs ' + esc(fc.compare) : '') + '</strong><br>' + rows.join('<br>');
  }

  // ---- events

  function eventQuery() {
    var q = ['by=incident', 'limit=2000', 'to=' + ($('f-to').value || currentDay())];
    if ($('f-from').value) { q.push('from=' + $('f-from').value); }
    if ($('f-actor').value) { q.push('actor=' + encodeURIComponent($('f-actor').value)); }
    if ($('f-type').value) { q.push('type=' + $('f-type').value); }
    return '/api/events?' + q.join('&');
  }

  function loadEvents() {
    return api(eventQuery()).then(function (rows) {
      layers.event.clearLayers();
      var shown = 0;
      rows.forEach(function (row) {
        if (row.latitude === null || row.longitude === null) { return; }
        shown++;
        var icon = L.divIcon({ className: '', iconSize: [14, 14],
          html: '<div class="event-icon" style="width:10px;height:10px;background:' + colorOf(row.actor1) + '"></div>' });
        var marker = L.marker([row.latitude, row.longitude], { icon: icon, keyboard: true,
          title: row.event_date + ' ' + row.sub_event_type + ' ' + (row.actor1 || '?') + (row.actor2 ? ' vs ' + row.actor2 : '') + ' at ' + (row.location || '') });
        marker.bindPopup('<div class="popup">loading…</div>', { maxWidth: 360 });
        marker.on('popupopen', function (e) { fillPopup(e.popup, row); });
        marker.addTo(layers.event);
      });
      $('events-count').textContent = rows.length + ' incidents up to ' + ($('f-to').value || currentDay()) + ', ' + shown + ' on the map';
      state('events', String(shown));
    });
  }

  function sourceItem(r) {
    return '<li><strong>' + esc(r.source || r.article_id) + '</strong>' + (r.event_date ? ' (' + esc(r.event_date) + ')' : '')
      + ': <q class="evidence">' + esc(r.evidence) + '</q> '
      + '<a href="#" data-article="' + esc(r.article_id) + '">article</a>' + (r.url ? ' · <a href="' + esc(r.url) + '" rel="noreferrer" target="_blank">original</a>' : '') + '</li>';
  }

  function fillPopup(popup, row) {
    var head = '<strong>' + esc(row.sub_event_type) + '</strong> ' + esc(row.event_date || 'undated') + '<br>'
      + esc(row.actor1 || '?') + (row.actor2 ? ' → ' + esc(row.actor2) : '') + ' at ' + esc(row.location || '?') + '<br>';
    var body = row.incident_id === null ? Promise.resolve([row]) : api('/api/incidents/' + row.incident_id).then(function (i) { return i.reports; });
    body.then(function (reports) {
      popup.setContent('<div class="popup">' + head + reports.length + ' source' + (reports.length === 1 ? '' : 's') + ':<ul>'
        + reports.map(sourceItem).join('') + '</ul></div>');
      state('popup', 'open');
    }).catch(fail);
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-article]');
    if (a) { e.preventDefault(); showArticle(a.dataset.article); }
  });

  function showArticle(id) {
    api('/api/articles/' + encodeURIComponent(id)).then(function (a) {
      var spans = a.events.map(function (e) { return [e.start_offset, e.end_offset]; }).filter(function (s) { return s[0] < s[1]; })
        .sort(function (x, y) { return x[0] - y[0]; });
      var html = '', at = 0;
      spans.forEach(function (s) {
        if (s[0] < at) { return; }
        html += esc(a.text.slice(at, s[0])) + '<mark>' + esc(a.text.slice(s[0], s[1])) + '</mark>';
        at = s[1];
      });
      html += esc(a.text.slice(at));
      $('details-body').innerHTML = '<strong>' + esc(a.title || a.id) + '</strong><br>' + esc(a.source || '') + ' ' + esc(a.published || '')
        + (a.url ? ' · <a href="' + esc(a.url) + '" rel="noreferrer" target="_blank">original</a>' : '')
        + '<div class="article-text" tabindex="0">' + html + '</div>' + a.events.length + ' events, ' + a.sentences.length + ' sentences';
    }).catch(fail);
  }

  // ---- a place's control timeline

  function showControl(name) {
    api('/api/control/' + encodeURIComponent(name)).then(function (timelines) {
      $('details-body').innerHTML = timelines.map(function (t) {
        return '<strong>' + esc(t.place) + '</strong>' + (t.lat === null ? '' : ' (' + t.lat.toFixed(4) + ', ' + t.lon.toFixed(4) + ')')
          + '<ol>' + t.claims.map(function (c) {
            return '<li>' + esc(c.date) + ' ' + esc(c.kind) + ' ' + esc(c.actor || '') + ' <span class="small">(' + esc(c.source) + ', '
              + c.confidence.toFixed(2) + ')</span> → ' + (c.contested ? 'contested: ' + esc(c.contestants.join(', ')) : esc(c.holder || 'unheld')) + '</li>';
          }).join('') + '</ol>';
      }).join('');
      state('control', name);
    }).catch(fail);
  }

  // ---- link-up

  function endParam(name, value) {
    var v = value.trim();
    return /^[A-Z][A-Z0-9_]*$/.test(v) ? name + 'Actor=' + encodeURIComponent(v) : name + '=' + encodeURIComponent(v);
  }

  function runLinkUp() {
    lastLinkUp = true;
    var q = ['date=' + currentDay(), 'coalition=' + encodeURIComponent($('l-coalition').value),
      endParam('from', $('l-from').value), endParam('to', $('l-to').value)];
    if ($('l-passable').value.trim()) { q.push('passable=' + encodeURIComponent($('l-passable').value)); }
    return api('/api/linkup?' + q.join('&')).then(function (r) {
      layers.corridor.clearLayers();
      var text = r.from + ' → ' + r.to + ': ' + (r.connected ? 'connected' : 'not connected');
      if (r.connected) {
        var path = r.corridor.path.map(function (c) { return [c[1], c[0]]; });
        L.polyline(path, { color: '#0057ff', weight: 5, opacity: 0.85 }).bindTooltip('corridor ' + r.corridor.lengthKm.toFixed(0) + ' km').addTo(layers.corridor);
        r.chokepoints.forEach(function (c) {
          L.circleMarker([c.lat, c.lon], { radius: 6, color: '#0057ff', weight: 3, fillColor: '#fff', fillOpacity: 1 })
            .bindTooltip('chokepoint' + (c.place ? ': ' + esc(c.place) : '') + (c.holder ? ' (' + esc(c.holder) + ')' : '')).addTo(layers.corridor);
        });
        text += ', ' + r.corridor.lengthKm.toFixed(0) + ' km along ' + (r.corridor.places.join(', ') || '-')
          + '; km per actor: ' + Object.keys(r.corridor.kmByActor).map(function (a) { return a + ' ' + r.corridor.kmByActor[a].toFixed(0); }).join(', ')
          + '; chokepoints: ' + r.chokepoints.length + (r.chokepointPlaces.length ? ' (loss of ' + r.chokepointPlaces.join(', ') + ' cuts it)' : '');
      }
      if (r.withoutPassable) {
        text += '. Without ' + r.passable.join(', ') + ': ' + (r.withoutPassable.connected ? 'connected' : 'not connected');
      }
      $('linkup-result').textContent = text;
      state('corridor', String(r.connected ? r.corridor.path.length : 0));
    }).catch(function (e) { layers.corridor.clearLayers(); state('corridor', '0'); $('linkup-result').textContent = e.message; });
  }

  // ---- controls

  function play() {
    if (playing) {
      clearTimeout(playing); playing = null;
      $('play').textContent = '▶ Play'; $('play').setAttribute('aria-pressed', 'false');
      return;
    }
    $('play').textContent = '❚❚ Pause'; $('play').setAttribute('aria-pressed', 'true');
    var step = function () {
      var next = Number($('day').value) + 1;
      if (next >= days.length) { play(); return; }
      $('day').value = next;
      loadDay().then(function () { if (playing) { playing = setTimeout(step, 700); } });
    };
    if (Number($('day').value) >= days.length - 1) { $('day').value = 0; }
    playing = setTimeout(step, 10);
  }

  var moved = null;
  $('day').addEventListener('input', function () {
    $('day-label').textContent = currentDay();
    clearTimeout(moved);
    moved = setTimeout(loadDay, 150); // dragging through days loads the day it stops on
  });
  $('play').addEventListener('click', play);
  ['compare-on', 'compare-day'].forEach(function (id) { $(id).addEventListener('change', loadDay); });
  ['f-actor', 'f-type', 'f-from', 'f-to'].forEach(function (id) { $(id).addEventListener('change', function () { loadEvents().catch(fail); }); });
  $('linkup-form').addEventListener('submit', function (e) { e.preventDefault(); runLinkUp(); });
  $('l-clear').addEventListener('click', function () { lastLinkUp = null; layers.corridor.clearLayers(); $('linkup-result').textContent = ''; state('corridor', '0'); });
  $('place-form').addEventListener('submit', function (e) { e.preventDefault(); if ($('p-name').value.trim()) { showControl($('p-name').value.trim()); } });

  api('/api/borders').then(function (fc) {
    borders.addData(fc);
    return api('/api/timeline');
  }).then(function (t) {
    if (!t.first) {
      $('details-body').textContent = 'The store holds no control claims yet: import a base map or post articles.';
      state('ready', 'true');
      return;
    }
    for (var ms = Date.parse(t.first); ms <= Date.parse(t.last); ms += DAY_MS) { days.push(iso(ms)); }
    t.actors.forEach(function (a) { var o = document.createElement('option'); o.textContent = a; $('f-actor').appendChild(o); });
    $('day').max = String(days.length - 1);
    $('day').value = String(days.length - 1);
    $('first-day').textContent = t.first;
    $('last-day').textContent = t.last;
    $('compare-day').value = t.first;
    return loadDay().then(function () { state('ready', 'true'); });
  }).catch(fail);
})();
