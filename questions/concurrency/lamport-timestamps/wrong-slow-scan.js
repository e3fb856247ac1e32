// Correct timestamps, but finds each message's send by scanning the events already stamped:
// quadratic when receives come long after their sends.
function lamportTimestamps(events) {
  const clock = new Map(), out = [];
  events.forEach(({ node, kind, msg }, i) => {
    let t = clock.get(node) ?? 0;
    if (kind === 'recv') {
      let sent = 0;
      for (let j = 0; j < i; j++) if (events[j].kind === 'send' && events[j].msg === msg) sent = out[j];
      t = Math.max(t, sent) + 1;
    } else t += 1;
    clock.set(node, t);
    out.push(t);
  });
  return out;
}
