# Merges each message from the sender's live table, so news can travel several hops within one round.
def gossipSuspects(n, tFail, crashAt, rounds):
    hb = [[0] * n for _ in range(n)]
    seen = [[0] * n for _ in range(n)]

    def live(i, k):
        return crashAt[i] == -1 or k < crashAt[i]

    for k, messages in enumerate(rounds, start=1):
        for i in range(n):
            if live(i, k):
                hb[i][i] += 1
                seen[i][i] = k
        for frm, to in messages:
            if not (live(frm, k) and live(to, k)):
                continue
            for j in range(n):
                if hb[frm][j] > hb[to][j]:
                    hb[to][j] = hb[frm][j]
                    seen[to][j] = k
    last = len(rounds)
    return [
        [j for j in range(n) if j != i and last - seen[i][j] >= tFail] if live(i, last) else []
        for i in range(n)
    ]
