function lamportTimestamps(events) {
  const clock = new Map(); // node -> its counter
  const sentAt = new Map(); // message id -> timestamp it carries
  return events.map(({ node, kind, msg }) => {
    let t = clock.get(node) ?? 0;
    if (kind === 'recv') t = Math.max(t, sentAt.get(msg)) + 1;
    else t += 1;
    if (kind === 'send') sentAt.set(msg, t);
    clock.set(node, t);
    return t;
  });
}
