// The dashboard's Brokers section: each Amazon MQ broker, where it listens, and its destinations.
const { el, table, row, number, badge, card, where, inScope, empty } = dashboard.ui;

function renderBrokers(view) {
  const brokers = view.brokers.filter(inScope);
  return [brokers.length, brokers.length === 0 ? [empty('No brokers.')] : brokers.map((broker) => card(
    'broker ' + broker.arn, [
      el('span', 'name', broker.name), where(broker), badge(broker.state),
      el('span', 'muted', broker.engine + ' ' + broker.version + ', ' + broker.deploymentMode),
    ],
    el('div', 'note mono', broker.id),
    broker.failure ? el('div', 'note', 'Could not start: ' + broker.failure) : null,
    broker.endpoints.length === 0 ? empty('No endpoints yet.') : table(['Protocol', 'TLS', 'Plaintext'],
      broker.endpoints.map((endpoint) => row(
        endpoint.protocol, el('td', 'mono', endpoint.tls), el('td', 'mono', endpoint.plaintext)))),
    el('div', 'note', 'Users: ' + (broker.users.length === 0 ? 'none' : broker.users.join(', '))),
    broker.destinations.length === 0 ? empty('No destinations.') : table(
      ['Destination', 'Kind', 'Depth', 'Consumers', 'Enqueued', 'Dequeued'],
      broker.destinations.map((destination) => row(
        el('td', 'mono', destination.name), destination.kind, number(destination.depth),
        number(destination.consumers), number(destination.enqueued), number(destination.dequeued))))))];
}

dashboard.section({ name: 'brokers', tab: 'Brokers', heading: 'Amazon MQ brokers', scoped: true }, renderBrokers);
