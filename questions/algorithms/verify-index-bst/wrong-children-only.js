// Compares each node only with its direct children, missing violations deeper in a subtree.
function isValidIndex(root) {
  if (root === null) return true;
  if (root.left !== null && root.left.val >= root.val) return false;
  if (root.right !== null && root.right.val <= root.val) return false;
  return isValidIndex(root.left) && isValidIndex(root.right);
}
