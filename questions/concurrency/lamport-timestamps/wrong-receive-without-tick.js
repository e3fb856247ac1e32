// On receive takes the max of the two clocks but does not tick, so a receive can share the send's
// timestamp and no longer comes after it.
function lamportTimestamps(events) {
  const clock = new Map(), sentAt = new Map();
  return events.map(({ node, kind, msg }) => {
    let t = clock.get(node) ?? 0;
    if (kind === 'recv') t = Math.max(t, sentAt.get(msg));
    else t += 1;
    if (kind === 'send') sentAt.set(msg, t);
    clock.set(node, t);
    return t;
  });
}
