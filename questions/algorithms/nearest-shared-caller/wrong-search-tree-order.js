// Treats the trace as a binary search tree and steers by comparing ids.
function nearestCaller(root, a, b) {
  let node = root;
  while (node !== null) {
    if (a < node.val && b < node.val && node.left !== null) node = node.left;
    else if (a > node.val && b > node.val && node.right !== null) node = node.right;
    else return node.val;
  }
  return root.val;
}
