// Counts edges instead of nodes: a single span gets depth 0.
function maxTraceDepth(root) {
  if (root === null) return 0;
  if (root.left === null && root.right === null) return 0;
  return 1 + Math.max(maxTraceDepth(root.left), maxTraceDepth(root.right));
}
