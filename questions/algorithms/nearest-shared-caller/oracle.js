// The only valid answer, from root-to-node paths; throws when a case breaks the prompt's promises.
function nearestCaller(root, a, b) {
  const seen = new Set();
  const pathTo = {};
  const walk = (node, path) => {
    if (node === null) return;
    if (seen.has(node.val)) throw new Error(`id ${node.val} appears twice`);
    seen.add(node.val);
    const here = [...path, node.val];
    pathTo[node.val] = here;
    walk(node.left, here);
    walk(node.right, here);
  };
  walk(root, []);
  if (!pathTo[a] || !pathTo[b]) throw new Error('a and b must be spans in the tree');
  let i = 0;
  while (i < pathTo[a].length && i < pathTo[b].length && pathTo[a][i] === pathTo[b][i]) i++;
  return [pathTo[a][i - 1]];
}
