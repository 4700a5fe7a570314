// The dashboard's Faults section: the fault rules, what each does and how many calls it acted on.
const { el, table, row, number, empty } = dashboard.ui;

function faultAction(fault) {
  if (fault.fail) {
    return 'fail ' + (fault.entries ? 'entries ' + fault.entries.join(', ') + ' ' : '') + 'with ' + fault.fail;
  }
  if (fault.delay) {
    return 'delay ' + fault.delay + (fault.realTime ? ' (real time)' : '');
  }
  return fault.dropConnection ? 'drop the connection' : 'reset mid-body';
}

function faultCalls(rule) {
  const fault = rule.fault;
  const calls = fault.times ? 'next ' + fault.times + ' (' + rule.remaining + ' left)' : 'every call';
  return calls + (fault.fraction ? ', fraction ' + fault.fraction + ' seed ' + fault.seed : '');
}

function renderFaults(view) {
  const rules = view.faults;
  if (rules.length === 0) {
    return [0, [empty('No fault rules.')]];
  }
  return [rules.length, [el('div', 'table-scroll', table(
    ['Rule', 'Account', 'Service', 'Operation', 'Resource', 'Calls', 'Does', 'Hits'],
    rules.map((rule) => row(
      el('td', 'mono', rule.id),
      el('td', 'mono', rule.account),
      rule.fault.service,
      el('td', 'mono', rule.fault.operation),
      el('td', 'mono', rule.resourceArn || 'any'),
      faultCalls(rule),
      el('td', 'mono', faultAction(rule.fault)),
      number(rule.hits)))))]];
}

dashboard.section({ name: 'faults', tab: 'Faults', heading: 'Fault rules', scoped: false }, renderFaults);
