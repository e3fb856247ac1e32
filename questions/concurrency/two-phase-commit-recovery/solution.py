def twoPhaseCommit(votes, crash, delivered, recover, cooperative):
    decision = "committed" if all(v == "yes" for v in votes) else "aborted"
    state = []
    for i, v in enumerate(votes):
        if v != "yes":
            state.append("aborted")
        elif crash == "none" or (crash == "after-decision" and i < delivered):
            state.append(decision)
        else:
            state.append("in-doubt")
    outcome = None
    if recover:
        outcome = "aborted" if crash == "before-decision" else decision
    elif cooperative:
        outcome = next((s for s in state if s != "in-doubt"), None)
    if outcome is None:
        return state
    return [outcome if s == "in-doubt" else s for s in state]
