// The dashboard's Clusters section: MSK clusters, their brokers, topics with end offsets, consumer groups and lag.
const { el, table, row, badge, card, count, where, inScope, empty } = dashboard.ui;

function renderClusters(view) {
  const clusters = view.clusters.filter(inScope);
  return [clusters.length, clusters.length === 0 ? [empty('No clusters.')] : clusters.map((cluster) => {
    const brokers = cluster.brokers.length === 0 ? empty('No broker runs.') : table(
      ['Broker', 'Listeners'],
      cluster.brokers.map((broker) => row(
        el('td', 'mono', String(broker.id)),
        el('td', 'mono', Object.entries(broker.endpoints).map(([listener, address]) => listener + ' ' + address)
          .join(', ')))));
    const topics = cluster.topics.length === 0 ? empty(cluster.contentsError || 'No topics.') : table(
      ['Topic', 'Partition', 'Leader', 'Replicas', 'In sync', 'End offset'],
      cluster.topics.flatMap((topic) => topic.partitions.map((partition) => row(
        el('td', 'mono', topic.name),
        el('td', 'mono', String(partition.partition)),
        el('td', 'mono', String(partition.leader)),
        el('td', 'mono', partition.replicas.join(', ')),
        el('td', 'mono', partition.isr.join(', ')),
        el('td', 'mono', String(partition.endOffset))))));
    const groups = cluster.groups.length === 0 ? empty('No consumer groups.') : table(
      ['Group', 'State', 'Members', 'Topic', 'Partition', 'Committed', 'Lag'],
      cluster.groups.flatMap((group) => (group.offsets.length === 0 ? [null] : group.offsets).map((offset) => row(
        el('td', 'mono', group.groupId),
        el('td', null, group.state),
        el('td', 'mono', String(group.members)),
        el('td', 'mono', offset ? offset.topic : ''),
        el('td', 'mono', offset ? String(offset.partition) : ''),
        el('td', 'mono', offset ? String(offset.committed) : ''),
        el('td', 'mono', offset ? String(offset.lag) : '')))));
    return card('cluster ' + cluster.arn, [
      el('span', 'name', cluster.name), where(cluster), badge(cluster.state),
      el('span', 'muted', cluster.type.toLowerCase() + ', Kafka ' + (cluster.requestedKafkaVersion || 'serverless')
        + (cluster.runningKafkaVersion ? ' (brokers run ' + cluster.runningKafkaVersion + ')' : '')
        + ', ' + count(cluster.brokers.length, 'broker')),
    ], cluster.stateMessage ? el('div', 'note', cluster.stateMessage) : null,
      cluster.brokerProblem ? el('div', 'note', cluster.brokerProblem) : null,
      el('h3', null, 'Brokers'), brokers, el('h3', null, 'Topics'), topics, el('h3', null, 'Consumer groups'), groups);
  })];
}

dashboard.section({ name: 'clusters', tab: 'Clusters', heading: 'MSK clusters', scoped: true }, renderClusters);
