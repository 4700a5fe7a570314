// The emulator's dashboard: polls each section's JSON view and renders it. Every value from the emulator
// is put in the page as a text node (never as HTML), so a message body shows as what it is. The sections
// come from the services the server runs: each one's script follows this one and registers itself with
// dashboard.section(..), reading these helpers from dashboard.ui; the page builds its tabs from them.
'use strict';

const dashboard = (() => {
  const API = '/_emulator/dashboard/api/';
  const REFRESH_MILLIS = 2000;
  const sections = [];

  const state = {
    paused: false,
    scope: '',
    data: {},
    texts: {},
    collapsed: new Set(),
    timer: null,
  };

  // ---- DOM helpers: text only ----

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function table(headings, rows) {
    const head = el('tr', null, ...headings.map((heading) => el('th', null, heading)));
    return el('table', null, el('thead', null, head), el('tbody', null, ...rows));
  }

  function row(...cells) {
    return el('tr', null, ...cells.map((cell) => (cell instanceof HTMLTableCellElement ? cell : el('td', null, cell))));
  }

  function number(value) {
    return el('td', 'number', value);
  }

  function badge(text, status) {
    return el('span', 'badge status-' + (status || text), text);
  }

  function when(iso) {
    if (!iso) {
      return '';
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour12: false }) + '.'
      + String(date.getMilliseconds()).padStart(3, '0');
  }

  /** A body, attribute value or record: text or base64, with a note when only its start is shown. */
  function preview(value) {
    if (!value) {
      return el('span', 'empty', 'none');
    }
    const parts = [el('pre', null, value.text)];
    if (value.encoding === 'base64') {
      parts.push(el('div', 'note', 'binary, shown as base64, ' + value.size + ' bytes'));
    }
    if (value.truncated) {
      parts.push(el('div', 'note', 'truncated: ' + value.size + ' bytes in all'));
    }
    return el('div', null, ...parts);
  }

  function attributes(map) {
    const names = Object.keys(map || {});
    if (names.length === 0) {
      return '';
    }
    return el('div', null, ...names.map((name) => el('div', 'mono',
      name + ' (' + map[name].dataType + '): ', map[name].value ? map[name].value.text : '')));
  }

  /** A collapsible card that stays as the user left it across refreshes. */
  function card(key, summaryParts, ...body) {
    const details = el('details', 'card', el('summary', null, ...summaryParts), el('div', 'body', ...body));
    details.open = !state.collapsed.has(key);
    details.addEventListener('toggle', () => {
      if (details.open) {
        state.collapsed.delete(key);
      } else {
        state.collapsed.add(key);
      }
    });
    return details;
  }

  function count(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  function where(item) {
    return el('span', 'muted', item.account + ' · ' + item.region);
  }

  function inScope(item) {
    return !state.scope || state.scope === item.account + ' ' + item.region;
  }

  function empty(text) {
    return el('p', 'empty', text);
  }

  // ---- sections ----

  /** Adds a section: {name, tab, heading, scoped}; render(view) returns [items shown, nodes]. */
  function section(definition, render) {
    sections.push({ ...definition, render });
  }

  function names() {
    return sections.map((known) => known.name);
  }

  /** The tabs and the empty sections, in the order the sections were added. */
  function build() {
    document.querySelector('header nav').replaceChildren(...sections.map((known) => {
      const link = el('a', null, known.tab);
      link.href = '#' + known.name;
      return link;
    }));
    const main = document.querySelector('main');
    main.prepend(...sections.map((known) => {
      const node = el('section', null, el('h2', null, known.heading + ' ', el('span', 'count')), el('div', 'content'));
      node.id = known.name;
      return node;
    }));
  }

  function renderSection(name) {
    const view = state.data[name];
    if (!view) {
      return;
    }
    const node = document.getElementById(name);
    const [shown, nodes] = sections.find((known) => known.name === name).render(view);
    node.querySelector('.count').textContent = '(' + shown + ')';
    node.querySelector('.content').replaceChildren(...nodes);
  }

  // ---- account and region filter ----

  function renderScopes() {
    const seen = new Set();
    for (const scoped of sections.filter((known) => known.scoped)) {
      const view = state.data[scoped.name];
      const items = view ? view[scoped.name] : [];
      items.forEach((item) => seen.add(item.account + ' ' + item.region));
    }
    const select = document.getElementById('scope');
    const options = [el('option', null, 'All')];
    options[0].value = '';
    [...seen].sort().forEach((scope) => {
      const option = el('option', null, scope.replace(' ', ' · '));
      option.value = scope;
      options.push(option);
    });
    const current = [...select.options].map((option) => option.value).join('|');
    if (current !== options.map((option) => option.value).join('|')) {
      select.replaceChildren(...options);
      select.value = seen.has(state.scope) ? state.scope : '';
      state.scope = select.value;
    }
  }

  // ---- polling ----

  function setStatus(text, error) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(error));
  }

  async function fetchText(name) {
    const response = await fetch(API + name, { cache: 'no-store' });
    if (!response.ok) {
      throw new Error(name + ' answered HTTP ' + response.status);
    }
    return response.text();
  }

  async function refresh() {
    state.timer = null;
    try {
      const texts = await Promise.all(names().map(fetchText));
      const changed = names().filter((name, i) => texts[i] !== state.texts[name]);
      changed.forEach((name) => {
        state.texts[name] = texts[names().indexOf(name)];
        state.data[name] = JSON.parse(state.texts[name]);
      });
      if (changed.length > 0) {
        renderScopes();
        changed.forEach(renderSection);
      }
      setStatus(state.paused ? 'Paused' : 'Updated ' + when(new Date().toISOString()));
    } catch (error) {
      setStatus('Cannot reach the emulator: ' + error.message, true);
    }
    schedule();
  }

  function schedule() {
    if (!state.paused && state.timer === null) {
      state.timer = setTimeout(refresh, REFRESH_MILLIS);
    }
  }

  function togglePause() {
    state.paused = !state.paused;
    const button = document.getElementById('pause');
    button.setAttribute('aria-pressed', String(state.paused));
    button.textContent = state.paused ? 'Resume' : 'Pause';
    if (state.paused) {
      clearTimeout(state.timer);
      state.timer = null;
      setStatus('Paused');
    } else {
      refresh();
    }
  }

  function start() {
    build();
    document.getElementById('pause').addEventListener('click', togglePause);
    document.getElementById('scope').addEventListener('change', (event) => {
      state.scope = event.target.value;
      names().forEach(renderSection);
    });
    refresh();
  }

  return {
    section,
    start,
    ui: { el, table, row, number, badge, when, preview, attributes, card, count, where, inScope, empty },
  };
})();
