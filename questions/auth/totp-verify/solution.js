const crypto = require('crypto');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(secret) {
  let bits = '';
  for (const c of secret.replace(/[\s=]/g, '').toUpperCase()) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function codeAt(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = crypto.createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0x0f;
  const value = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(value % 1000000).padStart(6, '0');
}

function verifyTotp(code, secret, now, lastUsedStep) {
  if (!/^[0-9]{6}$/.test(code)) return -1;
  const key = base32(secret);
  const step = Math.floor(now / 30);
  for (const s of [step - 1, step, step + 1]) {
    if (s < 0 || s <= lastUsedStep) continue;
    if (crypto.timingSafeEqual(Buffer.from(codeAt(key, s)), Buffer.from(code))) return s;
  }
  return -1;
}
