// Reads numbers with parseInt, which accepts "12abc" and " 12": malformed values are classified as fine.
function hashVerdicts(stored) {
  return stored.map((value) => {
    const f = value.split('$');
    if (f.slice(1).some((x) => x === '')) return 'reject';
    if (f[0] === 'bcrypt' && f.length === 3) {
      const cost = parseInt(f[1], 10);
      if (!(cost >= 4 && cost <= 31)) return 'reject';
      return cost >= 12 ? 'ok' : cost >= 10 ? 'rehash' : 'reject';
    }
    if (f[0] === 'pbkdf2-sha256' && f.length === 4) {
      const it = parseInt(f[1], 10);
      if (!(it >= 1)) return 'reject';
      return it >= 600000 ? 'ok' : it >= 100000 ? 'rehash' : 'reject';
    }
    if (f[0] === 'argon2id' && f.length === 4) {
      const m = /^m=([0-9]+),t=([0-9]+),p=([0-9]+)$/.exec(f[1]);
      if (!m || Number(m[3]) < 1) return 'reject';
      if (Number(m[1]) >= 19456 && Number(m[2]) >= 2) return 'ok';
      return Number(m[1]) >= 4096 ? 'rehash' : 'reject';
    }
    return 'reject';
  });
}
