const DIGITS = /^[0-9]+$/;

function num(s) {
  return DIGITS.test(s) ? Number(s) : undefined;
}

function verdict(value) {
  const f = value.split('$');
  if (f.slice(1).some((x) => x === '')) return 'reject';
  switch (f[0]) {
    case 'argon2id': {
      if (f.length !== 4) return 'reject';
      const m = /^m=([0-9]+),t=([0-9]+),p=([0-9]+)$/.exec(f[1]);
      if (!m) return 'reject';
      const [mem, t, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mem < 1 || t < 1 || p < 1) return 'reject';
      if (mem >= 19456 && t >= 2) return 'ok';
      return mem >= 4096 ? 'rehash' : 'reject';
    }
    case 'bcrypt': {
      if (f.length !== 3) return 'reject';
      const cost = num(f[1]);
      if (cost === undefined || cost < 4 || cost > 31) return 'reject';
      return cost >= 12 ? 'ok' : cost >= 10 ? 'rehash' : 'reject';
    }
    case 'pbkdf2-sha256': {
      if (f.length !== 4) return 'reject';
      const it = num(f[1]);
      if (it === undefined || it < 1) return 'reject';
      return it >= 600000 ? 'ok' : it >= 100000 ? 'rehash' : 'reject';
    }
    default:
      return 'reject';
  }
}

function hashVerdicts(stored) {
  return stored.map(verdict);
}
