// The textbook O(n^2) DP: right answers, too slow for 200,000 hosts.
function longestRising(versions) {
  const best = new Array(versions.length).fill(1);
  let answer = 0;
  for (let i = 0; i < versions.length; i++) {
    for (let j = 0; j < i; j++) if (versions[j] < versions[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    answer = Math.max(answer, best[i]);
  }
  return answer;
}
