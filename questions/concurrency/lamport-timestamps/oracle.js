// The single valid list of timestamps; rejects a case whose receives name a message not sent before.
function lamportTimestamps(events) {
  const clock = new Map(), sentAt = new Map();
  const out = events.map((e) => {
    if (!['local', 'send', 'recv'].includes(e.kind)) throw new Error(`unknown kind ${e.kind}`);
    if (e.kind === 'local' && e.msg !== undefined) throw new Error('a local event names no message');
    if (e.kind !== 'local' && typeof e.msg !== 'string') throw new Error(`${e.kind} needs a message id`);
    if (e.kind === 'send' && sentAt.has(e.msg)) throw new Error(`message ${e.msg} sent twice`);
    if (e.kind === 'recv' && !sentAt.has(e.msg)) throw new Error(`message ${e.msg} received before it was sent`);
    let t = clock.get(e.node) ?? 0;
    t = e.kind === 'recv' ? Math.max(t, sentAt.get(e.msg)) + 1 : t + 1;
    if (e.kind === 'send') sentAt.set(e.msg, t);
    clock.set(e.node, t);
    return t;
  });
  return [out];
}
