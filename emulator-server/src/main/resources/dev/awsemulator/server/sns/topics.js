// The dashboard's Topics section: subscriptions, and what happened to each message at each.
const { el, table, row, badge, when, preview, attributes, card, count, where, inScope, empty } = dashboard.ui;

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

dashboard.section({ name: 'topics', tab: 'Topics', heading: 'Topics', scoped: true }, renderTopics);
