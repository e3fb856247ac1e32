// best[i] = values[i] + the best total ending two or more windows earlier, found by rescanning: O(n^2).
function bestValue(values) {
  const best = [];
  let answer = 0;
  for (let i = 0; i < values.length; i++) {
    let earlier = 0;
    for (let j = 0; j <= i - 2; j++) earlier = Math.max(earlier, best[j]);
    best.push(values[i] + earlier);
    answer = Math.max(answer, best[i]);
  }
  return answer;
}
