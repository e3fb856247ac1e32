// Visits the right child before the left, so every row comes out mirrored.
function spanLevels(root) {
  const rows = [];
  const visit = (node, depth) => {
    if (node === null) return;
    if (depth === rows.length) rows.push([]);
    rows[depth].push(node.val);
    visit(node.right, depth + 1);
    visit(node.left, depth + 1);
  };
  visit(root, 0);
  return rows;
}
