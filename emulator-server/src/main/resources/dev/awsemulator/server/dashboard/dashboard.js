// The emulator's dashboard: polls the JSON views and renders them. Every value from the emulator is
// put in the page as a text node (never as HTML), so a message body shows as what it is.
'use strict';

(() => {
  const API = '/_emulator/dashboard/api/';
  const SECTIONS = ['queues', 'topics', 'streams', 'requests'];
  const REFRESH_MILLIS = 2000;

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

  function renderQueues(view) {
    const queues = view.queues.filter(inScope);
    return [queues.length, queues.length === 0 ? [empty('No queues.')] : queues.map((queue) => {
      const total = queue.visible + queue.inFlight + queue.delayed;
      const messages = queue.messages.length === 0 ? empty('No messages.') : table(
        ['State', 'Receives', 'Sent', 'Message id', queue.fifo ? 'Group' : null, 'Body', 'Attributes']
          .filter((heading) => heading !== null),
        queue.messages.map((message) => row(
          el('td', null, badge(message.state)),
          number(message.receiveCount),
          when(message.sentAt),
          el('td', 'mono', message.messageId),
          ...(queue.fifo ? [message.messageGroupId] : []),
          el('td', null, preview(message.body)),
          el('td', null, attributes(message.attributes)))));
      const shown = total > queue.messages.length
        ? el('p', 'note', 'Showing the first ' + queue.messages.length + ' of ' + count(total, 'message') + '.') : null;
      return card('queue ' + queue.arn, [
        el('span', 'name', queue.name), where(queue),
        badge(queue.visible + ' visible', 'VISIBLE'),
        badge(queue.inFlight + ' in flight', 'IN_FLIGHT'),
        badge(queue.delayed + ' delayed', 'DELAYED'),
        queue.waitingReceives > 0 ? badge(count(queue.waitingReceives, 'waiting receive'), 'PENDING') : null,
      ], messages, shown);
    })];
  }

  function deliveries(list) {
    if (list.length === 0) {
      return el('span', 'empty', 'no subscriptions');
    }
    return el('div', null, ...list.map((delivery) => el('div', null,
      badge(delivery.status), ' ', el('span', 'mono', delivery.protocol + ' ' + delivery.endpoint),
      delivery.reason ? el('div', 'note', delivery.reason) : null)));
  }

  function publishedTable(messages, withTarget) {
    if (messages.length === 0) {
      return empty('Nothing published yet.');
    }
    return table(['Published', withTarget ? 'Target' : 'Message id', 'Subject', 'Message', 'Attributes', 'Deliveries'],
      messages.map((message) => row(
        when(message.timestamp),
        el('td', 'mono', withTarget ? message.target : message.messageId),
        message.subject || '',
        el('td', null, preview(message.message)),
        el('td', null, attributes(message.attributes)),
        el('td', null, deliveries(message.deliveries)))));
  }

  function renderTopics(view) {
    const topics = view.topics.filter(inScope);
    const cards = topics.map((topic) => {
      const subscriptions = topic.subscriptions.length === 0 ? empty('No subscriptions.') : table(
        ['Protocol', 'Endpoint', 'State', 'Raw delivery', 'Filter policy'],
        topic.subscriptions.map((subscription) => row(
          subscription.protocol,
          el('td', 'mono', subscription.endpoint),
          el('td', null, subscription.pendingConfirmation ? badge('pending', 'PENDING') : badge('confirmed', 'DELIVERED')),
          subscription.rawMessageDelivery ? 'yes' : 'no',
          el('td', null, subscription.filterPolicy ? el('pre', null, subscription.filterPolicy) : 'none',
            subscription.filterPolicyScope ? el('div', 'note', 'on ' + subscription.filterPolicyScope) : null))));
      return card('topic ' + topic.arn, [
        el('span', 'name', topic.name), where(topic),
        el('span', 'muted', count(topic.subscriptions.length, 'subscription')),
        el('span', 'muted', topic.publishedCount + ' published'),
      ], el('h3', null, 'Subscriptions'), subscriptions,
      el('h3', null, 'Latest messages', el('span', 'muted', ' (newest first, up to ' + view.messagesPerTopic + ')')),
      publishedTable(topic.latestMessages, false));
    });
    if (view.directMessages.length > 0) {
      cards.push(card('direct', [el('span', 'name', 'Published to endpoints and phone numbers')],
        publishedTable(view.directMessages, true)));
    }
    return [topics.length, cards.length === 0 ? [empty('No topics.')] : cards];
  }

  function renderStreams(view) {
    const streams = view.streams.filter(inScope);
    return [streams.length, streams.length === 0 ? [empty('No streams.')] : streams.map((stream) => {
      const shards = stream.shards.map((shard) => el('div', null,
        el('h3', null, shard.shardId, ' ', badge(shard.open ? 'open' : 'closed'),
          el('span', 'muted', ' ' + count(shard.recordCount, 'record')
            + (shard.parentShardId ? ', from ' + shard.parentShardId : '')
            + (shard.adjacentParentShardId ? ' and ' + shard.adjacentParentShardId : ''))),
        el('div', 'note mono', 'sequence numbers ' + shard.startingSequenceNumber + ' … '
          + (shard.endingSequenceNumber || 'open')),
        shard.latestRecords.length === 0 ? empty('No records.') : table(
          ['Sequence number', 'Arrived', 'Partition key', 'Data'],
          shard.latestRecords.map((record) => row(
            el('td', 'mono', record.sequenceNumber),
            when(record.arrival),
            el('td', 'mono', record.partitionKey),
            el('td', null, preview(record.data)))))));
      return card('stream ' + stream.arn, [
        el('span', 'name', stream.name), where(stream), badge(stream.status),
        el('span', 'muted', count(stream.shards.length, 'shard')),
      ], ...shards);
    })];
  }

  function renderRequests(view) {
    const requests = view.requests;
    if (requests.length === 0) {
      return [0, [empty('No requests yet.')]];
    }
    return [requests.length, [el('div', 'table-scroll', table(
      ['#', 'Answered', 'Service', 'Operation', 'Protocol', 'Status', 'Error'],
      requests.map((request) => row(
        number(request.number),
        when(request.answeredAt),
        request.service,
        el('td', 'mono', request.operation || '(none)'),
        request.protocol,
        el('td', null, badge(String(request.status), request.status >= 400 ? 'error' : 'DELIVERED')),
        el('td', 'mono', (request.errorCode || '') + (request.unsupportedOperation ? ' (not implemented)' : '')))))),
    el('p', 'note', 'The last ' + view.capacity + ' requests are kept.')]];
  }

  const RENDERERS = { queues: renderQueues, topics: renderTopics, streams: renderStreams, requests: renderRequests };

  function renderSection(name) {
    const view = state.data[name];
    if (!view) {
      return;
    }
    const section = document.getElementById(name);
    const [shown, nodes] = RENDERERS[name](view);
    section.querySelector('.count').textContent = '(' + shown + ')';
    section.querySelector('.content').replaceChildren(...nodes);
  }

  // ---- account and region filter ----

  function renderScopes() {
    const seen = new Set();
    for (const name of ['queues', 'topics', 'streams']) {
      const view = state.data[name];
      const items = view ? view[name] : [];
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
      const texts = await Promise.all(SECTIONS.map(fetchText));
      const changed = SECTIONS.filter((name, i) => texts[i] !== state.texts[name]);
      changed.forEach((name) => {
        state.texts[name] = texts[SECTIONS.indexOf(name)];
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

  document.getElementById('pause').addEventListener('click', togglePause);
  document.getElementById('scope').addEventListener('change', (event) => {
    state.scope = event.target.value;
    SECTIONS.forEach(renderSection);
  });
  refresh();
})();
