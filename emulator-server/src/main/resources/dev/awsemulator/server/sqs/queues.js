// The dashboard's Queues section: each queue's counts and first messages, peeked.
const { el, table, row, number, badge, when, preview, attributes, card, count, where, inScope, empty } = dashboard.ui;

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

dashboard.section({ name: 'queues', tab: 'Queues', heading: 'Queues', scoped: true }, renderQueues);
