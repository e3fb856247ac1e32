'use strict';
// Runs inside the child process. Reads its config (token, cases) from a file it deletes before any
// user code loads, then reports token-tagged records on file descriptor 3. It never sees expected
// answers: the parent compares.
const fs = require('fs');
const path = require('path');
const assert = require('assert/strict');

const configPath = process.argv[2];
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
fs.unlinkSync(configPath);
const TOKEN = config.token;
const writeSync = fs.writeSync.bind(fs);
const CAP = config.outputCap;
let current = -1;
let out = '';
let err = '';
let outBytes = 0;
let pending = null;

function send(rec) {
  try {
    writeSync(3, TOKEN + ' ' + JSON.stringify(rec) + '\n');
  } catch (_) {
    // the channel is gone; the parent treats the run as incomplete
  }
}

function capture(which) {
  return function (chunk, encoding, cb) {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    outBytes += Buffer.byteLength(s);
    if (outBytes <= CAP) {
      if (which === 1) out += s;
      else err += s;
    } else {
      send({ t: 'olimit', i: current });
      process.kill(process.pid, 'SIGKILL');
    }
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
}
process.stdout.write = capture(1);
process.stderr.write = capture(2);
// Raw writes to fd 1/2 would hit a full pipe (EAGAIN) instead of the output limit: route them too.
const rawWrite = fs.writeSync;
fs.writeSync = function (fd, data, ...rest) {
  if (fd === 1 || fd === 2) {
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer ? data.buffer : data, data.byteOffset || 0, data.byteLength).toString('utf8');
    capture(fd)(text);
    return Buffer.byteLength(text);
  }
  return rawWrite.call(fs, fd, data, ...rest);
};

process.on('unhandledRejection', (reason) => {
  pending = reason;
});
process.on('uncaughtException', (e) => {
  pending = e;
});

function enc(v, depth, seen) {
  if (depth > 2000) return { $: 'repr', v: '<nested too deeply>' };
  if (v === undefined) return { $: 'undef' };
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $: 'NaN' };
    if (v === Infinity) return { $: 'Inf' };
    if (v === -Infinity) return { $: '-Inf' };
    if (Object.is(v, -0)) return { $: '-0' };
    return v;
  }
  if (typeof v === 'bigint') return { $: 'big', v: v.toString() };
  if (typeof v === 'function') return { $: 'repr', v: '[function ' + (v.name || 'anonymous') + ']' };
  if (typeof v === 'symbol') return { $: 'repr', v: v.toString() };
  if (seen.has(v)) return { $: 'repr', v: '<circular>' };
  seen.add(v);
  try {
    if (Array.isArray(v)) return v.map((x) => enc(x, depth + 1, seen));
    if (ArrayBuffer.isView(v)) return Array.from(v, (x) => enc(x, depth + 1, seen));
    if (v instanceof Set) return Array.from(v, (x) => enc(x, depth + 1, seen));
    if (v instanceof Map) {
      const o = {};
      for (const [k, x] of v) o[String(k)] = enc(x, depth + 1, seen);
      return { $: 'obj', v: o };
    }
    const o = {};
    for (const k of Object.keys(v)) o[k] = enc(v[k], depth + 1, seen);
    return { $: 'obj', v: o };
  } finally {
    seen.delete(v);
  }
}

function dec(t) {
  if (t === null || typeof t !== 'object') return t;
  if (Array.isArray(t)) return t.map(dec);
  switch (t.$) {
    case 'NaN': return NaN;
    case 'Inf': return Infinity;
    case '-Inf': return -Infinity;
    case '-0': return -0;
    case 'undef': return undefined;
    case 'big': return BigInt(t.v);
    case 'obj': {
      const o = {};
      for (const k of Object.keys(t.v)) o[k] = dec(t.v[k]);
      return o;
    }
    default: return undefined;
  }
}

const SOLUTION = /solution\.(?:js|ts|mjs|cjs):(\d+)/;
function lineOf(e) {
  const text = e && typeof e === 'object' && typeof e.stack === 'string' ? e.stack : '';
  const m = SOLUTION.exec(text);
  return m ? Number(m[1]) : undefined;
}

function describe(e) {
  if (e instanceof Error) return (e.name && e.name !== 'Error' ? e.name + ': ' : '') + e.message;
  try {
    return 'threw ' + (typeof e === 'string' ? JSON.stringify(e) : String(e));
  } catch (_) {
    return 'threw a value that cannot be shown';
  }
}

function isMemory(e) {
  return e instanceof RangeError && /allocation failed|out of memory|Invalid (typed )?array length|Array buffer/i.test(String(e.message));
}

async function settle() {
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
}

async function main() {
  let mod;
  try {
    mod = require(path.join(process.cwd(), config.file));
  } catch (e) {
    const syntax = e instanceof SyntaxError;
    let line = lineOf(e);
    if (line === undefined && syntax) {
      const m = SOLUTION.exec(String(e.stack).split('\n')[0] || '');
      if (m) line = Number(m[1]);
    }
    send({ t: 'load', ok: false, kind: syntax ? 'compile-error' : 'runtime-error', error: describe(e), line, out, err });
    send({ t: 'done' });
    return;
  }
  const found = mod.__drillsEntry;
  const name = config.entry;
  let entry = found;
  if (entry === undefined && mod) entry = mod[name] !== undefined ? mod[name] : mod.default !== undefined ? mod.default : typeof mod === 'function' ? mod : undefined;
  if (entry === undefined && typeof mod.__drillsSolution === 'function' && !config.isClass) {
    const inst = new mod.__drillsSolution();
    if (typeof inst[name] === 'function') entry = inst[name].bind(inst);
  }
  if (typeof entry !== 'function') {
    const what = config.isClass ? 'class' : 'function';
    send({ t: 'load', ok: false, kind: 'compile-error', error: 'no ' + what + ' named "' + name + '" was found: define it at the top level of your file (for example "' + (config.isClass ? 'class ' + name + ' {…}' : 'function ' + name + '(…) {…}') + '")', out, err });
    send({ t: 'done' });
    return;
  }
  send({ t: 'load', ok: true });
  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  for (const c of config.cases) {
    current = c.i;
    out = '';
    err = '';
    outBytes = 0;
    pending = null;
    send({ t: 'start', i: c.i });
    const t0 = performance.now();
    try {
      let value;
      if (c.type === 'call') {
        const args = dec(JSON.parse(c.args));
        value = await entry(...args);
      } else if (c.type === 'ops') {
        const argsList = dec(JSON.parse(c.args));
        const results = [null];
        const obj = new entry(...argsList[0]);
        for (let k = 1; k < c.ops.length; k++) {
          const op = c.ops[k];
          if (typeof obj[op] !== 'function') throw new TypeError('the class has no method "' + op + '"');
          const r = await obj[op](...argsList[k]);
          results.push(r === undefined ? null : r);
        }
        value = results;
      } else {
        const body = new AsyncFunction(name, 'assert', c.script);
        await body(entry, assert);
        value = null;
      }
      await settle();
      if (pending !== null) throw pending;
      send({ t: 'case', i: c.i, ok: true, value: enc(value, 0, new Set()), ms: performance.now() - t0, out, err });
    } catch (e) {
      const ms = performance.now() - t0;
      send({ t: 'case', i: c.i, ok: false, memory: isMemory(e), assertion: !!(e && (e.code === 'ERR_ASSERTION' || e.name === 'AssertionError')), error: describe(e), line: lineOf(e), ms, out, err });
    }
  }
  send({ t: 'done' });
}

main().catch((e) => {
  send({ t: 'load', ok: false, kind: 'runtime-error', error: describe(e) });
  send({ t: 'done' });
});
