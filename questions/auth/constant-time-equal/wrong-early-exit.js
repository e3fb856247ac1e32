// Returns at the first differing byte: correct answers, but the time leaks how many leading bytes match.
function constantTimeEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
