// Treats an aborted transaction like a committed one (its abort as its commit), so its write can
// make a committed update look lost.
function isolationAnomalies(history) {
  const ops = history.map((s, at) => {
    const m = /^([rwca])(\d+)(?:\((\w+)\))?$/.exec(s);
    return { kind: m[1], txn: m[2], item: m[3], at };
  });
  const end = new Map(); // txn -> position of its commit or abort
  const commit = new Map(); // txn -> position of its commit
  for (const o of ops) {
    if (o.kind === 'c' || o.kind === 'a') end.set(o.txn, o.at);
    if (o.kind === 'c') commit.set(o.txn, o.at);
  }
  const reads = ops.filter((o) => o.kind === 'r');
  const writes = ops.filter((o) => o.kind === 'w');
  const found = new Set();

  // Dirty read: reading an item another transaction wrote and has not yet committed or aborted.
  for (const r of reads) {
    if (writes.some((w) => w.item === r.item && w.txn !== r.txn && w.at < r.at && (end.get(w.txn) ?? Infinity) > r.at)) found.add('dirty-read');
  }
  // Non-repeatable read: between two reads of x by one transaction, another one commits a write of x.
  for (const a of reads) for (const b of reads) {
    if (a.txn !== b.txn || a.item !== b.item || a.at >= b.at) continue;
    if (writes.some((w) => w.item === a.item && w.txn !== a.txn && commit.has(w.txn) && commit.get(w.txn) > a.at && commit.get(w.txn) < b.at)) found.add('non-repeatable-read');
  }
  const committed = [...new Set(ops.map((o) => o.txn))];
  const writeSet = (t) => new Set(writes.filter((w) => w.txn === t).map((w) => w.item));
  // The position of the last read of item by t before position `before`, or -1.
  const lastRead = (t, item, before) => {
    let p = -1;
    for (const r of reads) if (r.txn === t && r.item === item && r.at < before) p = r.at;
    return p;
  };
  for (const i of committed) for (const j of committed) {
    if (i === j) continue;
    const ci = commit.get(i) ?? Infinity, cj = commit.get(j) ?? end.get(j) ?? Infinity;
    const wi = writeSet(i), wj = writeSet(j);
    // Lost update: i's write of x is computed from a read made before j's write of x committed, and lands after it.
    if (ci > cj) {
      for (const w of writes) {
        if (w.txn !== i || !wj.has(w.item)) continue;
        const p = lastRead(i, w.item, w.at);
        if (p >= 0 && p < cj) found.add('lost-update');
      }
    }
    // Write skew: each read, before the other committed, an item the other wrote; they wrote nothing in common.
    if (wi.size > 0 && wj.size > 0 && ![...wi].some((x) => wj.has(x))) {
      const iReadsJ = reads.some((r) => r.txn === i && wj.has(r.item) && r.at < cj);
      const jReadsI = reads.some((r) => r.txn === j && wi.has(r.item) && r.at < ci);
      if (iReadsJ && jReadsI) found.add('write-skew');
    }
  }
  return [...found].sort();
}
