// Rejects inputs outside the promised values, then returns the single valid answer.
function twoPhaseCommit(votes, crash, delivered, recover, cooperative) {
  if (votes.length < 1 || votes.some((v) => !['yes', 'no', 'silent'].includes(v))) throw new Error('votes must be yes, no or silent');
  if (!['none', 'before-decision', 'after-decision'].includes(crash)) throw new Error(`crash ${crash}`);
  if (!Number.isInteger(delivered) || delivered < 0 || delivered > votes.length) throw new Error('delivered must be 0..participants');
  if (crash !== 'after-decision' && delivered !== 0) throw new Error('delivered is 0 unless the crash comes after the decision');
  if (crash === 'none' && (recover || cooperative)) throw new Error('recover and cooperative are false without a crash');
  const decision = votes.every((v) => v === 'yes') ? 'committed' : 'aborted';
  const state = votes.map((v, i) => (v !== 'yes' ? 'aborted' : crash === 'none' || (crash === 'after-decision' && i < delivered) ? decision : 'in-doubt'));
  const outcome = recover ? (crash === 'before-decision' ? 'aborted' : decision) : cooperative ? state.find((s) => s !== 'in-doubt') : undefined;
  return [outcome === undefined ? state : state.map((s) => (s === 'in-doubt' ? outcome : s))];
}
