// Correct ranking, but counts each distinct endpoint by rescanning the whole log: O(n * distinct).
function topEndpoints(requests, k) {
  const ranked = [...new Set(requests)].map((name) => [requests.filter((r) => r === name).length, name]);
  ranked.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return ranked.slice(0, k).map(([, name]) => name);
}
