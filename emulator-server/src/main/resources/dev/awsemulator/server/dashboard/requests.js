// The dashboard's Requests section: the request journal, newest first.
const { el, table, row, number, badge, when, empty } = dashboard.ui;

function renderRequests(view) {
  const requests = view.requests;
  if (requests.length === 0) {
    return [0, [empty('No requests yet.')]];
  }
  return [requests.length, [el('div', 'table-scroll', table(
    ['#', 'Answered', 'Service', 'Operation', 'Protocol', 'Status', 'Error', 'Fault rule'],
    requests.map((request) => row(
      number(request.number),
      when(request.answeredAt),
      request.service,
      el('td', 'mono', request.operation || '(none)'),
      request.protocol,
      el('td', null, request.status === 0 ? badge('dropped', 'error')
        : badge(String(request.status), request.status >= 400 ? 'error' : 'DELIVERED')),
      el('td', 'mono', (request.errorCode || '') + (request.unsupportedOperation ? ' (not implemented)' : '')),
      el('td', 'mono', request.faultRule || ''))))),
  el('p', 'note', 'The last ' + view.capacity + ' requests are kept.')]];
}

dashboard.section({ name: 'requests', tab: 'Requests', heading: 'Recent requests', scoped: false }, renderRequests);
