// Decrements the count for every link, even one inside a partition that is already connected.
function partitionsAfterLinks(n, links) {
  let parts = n;
  return links.map(([a, b]) => (a === b ? parts : --parts));
}
