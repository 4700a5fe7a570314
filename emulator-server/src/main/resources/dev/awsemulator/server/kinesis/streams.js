// The dashboard's Streams section: each shard with its lineage and newest records.
const { el, table, row, badge, when, preview, card, count, where, inScope, empty } = dashboard.ui;

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

dashboard.section({ name: 'streams', tab: 'Streams', heading: 'Streams', scoped: true }, renderStreams);
