// Starts the global best at 0, so a tree whose values are all negative reports 0 (an empty path).
function bestPathScore(root) {
  let best = 0;
  const gain = (node) => {
    if (node === null) return 0;
    const left = Math.max(0, gain(node.left));
    const right = Math.max(0, gain(node.right));
    best = Math.max(best, node.val + left + right);
    return node.val + Math.max(left, right);
  };
  gain(root);
  return best;
}
