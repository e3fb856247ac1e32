// Lets a prepared participant that hears nothing abort on its own after a timeout. If the
// coordinator had decided commit, some participants commit and others abort: atomicity is gone.
function twoPhaseCommit(votes, crash, delivered, recover, cooperative) {
  const decision = votes.every((v) => v === 'yes') ? 'committed' : 'aborted';
  return votes.map((v, i) => {
    if (v !== 'yes') return 'aborted';
    if (crash === 'none' || (crash === 'after-decision' && i < delivered)) return decision;
    if (recover) return crash === 'before-decision' ? 'aborted' : decision;
    return 'aborted';
  });
}
