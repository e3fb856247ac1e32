function twoPhaseCommit(votes, crash, delivered, recover, cooperative) {
  const decision = votes.every((v) => v === 'yes') ? 'committed' : 'aborted';
  const state = votes.map((v, i) => {
    if (v !== 'yes') return 'aborted'; // it never promised to commit, so it may abort on its own
    if (crash === 'none') return decision;
    if (crash === 'after-decision' && i < delivered) return decision;
    return 'in-doubt'; // prepared: it promised to commit if told to, so it must wait
  });
  let outcome;
  if (recover) {
    // A decision exists only once it is logged; with no record, the coordinator presumes abort.
    outcome = crash === 'before-decision' ? 'aborted' : decision;
  } else if (cooperative) {
    // Every participant that is not in doubt knows the outcome (a non-yes voter knows it is abort).
    outcome = state.find((s) => s !== 'in-doubt');
  }
  return outcome === undefined ? state : state.map((s) => (s === 'in-doubt' ? outcome : s));
}
