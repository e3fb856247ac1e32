// Checks the promised shape of a history, then returns the single valid answer.
function isolationAnomalies(history) {
  const ended = new Set();
  for (const s of history) {
    const m = /^([rwca])([1-9]\d{0,2})(?:\(([a-z]+)\))?$/.exec(s);
    if (!m || (m[1] === 'r' || m[1] === 'w') !== (m[3] !== undefined)) throw new Error(`bad operation ${s}`);
    if (ended.has(m[2])) throw new Error(`transaction ${m[2]} acts after it ended: ${s}`);
    if (m[1] === 'c' || m[1] === 'a') ended.add(m[2]);
  }
  const ops = history.map((s, at) => { const m = /^([rwca])(\d+)(?:\((\w+)\))?$/.exec(s); return { kind: m[1], txn: m[2], item: m[3], at }; });
  const end = new Map(), commit = new Map();
  for (const o of ops) { if (o.kind === 'c' || o.kind === 'a') end.set(o.txn, o.at); if (o.kind === 'c') commit.set(o.txn, o.at); }
  const reads = ops.filter((o) => o.kind === 'r'), writes = ops.filter((o) => o.kind === 'w');
  const found = new Set();
  for (const r of reads) for (const w of writes) if (w.item === r.item && w.txn !== r.txn && w.at < r.at && (end.get(w.txn) ?? Infinity) > r.at) found.add('dirty-read');
  for (const a of reads) for (const b of reads) if (a.txn === b.txn && a.item === b.item && a.at < b.at)
    for (const w of writes) if (w.item === a.item && w.txn !== a.txn && commit.has(w.txn) && a.at < commit.get(w.txn) && commit.get(w.txn) < b.at) found.add('non-repeatable-read');
  for (const [i, ci] of commit) for (const [j, cj] of commit) {
    if (i === j) continue;
    const wi = new Set(writes.filter((w) => w.txn === i).map((w) => w.item)), wj = new Set(writes.filter((w) => w.txn === j).map((w) => w.item));
    if (ci > cj) for (const w of writes) if (w.txn === i && wj.has(w.item)) {
      const before = reads.filter((r) => r.txn === i && r.item === w.item && r.at < w.at);
      if (before.length && before[before.length - 1].at < cj) found.add('lost-update');
    }
    if (wi.size && wj.size && ![...wi].some((x) => wj.has(x)) && reads.some((r) => r.txn === i && wj.has(r.item) && r.at < cj) && reads.some((r) => r.txn === j && wi.has(r.item) && r.at < ci)) found.add('write-skew');
  }
  return [[...found].sort()];
}
