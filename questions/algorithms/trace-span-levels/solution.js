function spanLevels(root) {
  const rows = [];
  let row = root === null ? [] : [root];
  while (row.length > 0) {
    rows.push(row.map((node) => node.val));
    const next = [];
    for (const node of row) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    row = next;
  }
  return rows;
}
