// On restart, aborts every in-doubt participant without reading the log: a logged commit that
// reached some participants is aborted on the others.
function twoPhaseCommit(votes, crash, delivered, recover, cooperative) {
  const decision = votes.every((v) => v === 'yes') ? 'committed' : 'aborted';
  const state = votes.map((v, i) => {
    if (v !== 'yes') return 'aborted';
    if (crash === 'none' || (crash === 'after-decision' && i < delivered)) return decision;
    return 'in-doubt';
  });
  let outcome;
  if (recover) outcome = 'aborted';
  else if (cooperative) outcome = state.find((s) => s !== 'in-doubt');
  return outcome === undefined ? state : state.map((s) => (s === 'in-doubt' ? outcome : s));
}
