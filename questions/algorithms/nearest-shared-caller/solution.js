function nearestCaller(root, a, b) {
  // Returns a or b if found below (or at) node, or the answer once both are found.
  const find = (node) => {
    if (node === null) return null;
    if (node.val === a || node.val === b) return node;
    const left = find(node.left);
    const right = find(node.right);
    if (left !== null && right !== null) return node;
    return left !== null ? left : right;
  };
  return find(root).val;
}
