'use strict';
// The Node.js harness (protocol v3, see PROTOCOL.md). Runs inside the child process: reads its
// config from a file it deletes before any judged code loads, then takes one case at a time from
// the cases channel and answers on the token-tagged results channel. It never sees expected
// answers: the parent compares. Two drivers: "program" (JavaScript/TypeScript solutions, and pack
// code such as scaling generators) and "sql" (sql.js, a fresh engine per case).
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { Worker } = require('worker_threads');

const configPath = process.argv[process.argv.length - 1];
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
fs.unlinkSync(configPath);

// Captured before judged code can replace them.
const TOKEN = config.token;
const CH = config.channels;
const CAP = config.outputCap;
const stringify = JSON.stringify;
const parseJson = JSON.parse;
const writeSync = fs.writeSync;
const readSync = fs.readSync;
const byteLength = Buffer.byteLength;
const concat = Buffer.concat;
const bufferFrom = Buffer.from.bind(Buffer);
const killProcess = process.kill.bind(process);
const PID = process.pid;

let out = '';
let err = '';
let outBytes = 0;
let pending = null;

function send(rec) {
  const line = TOKEN + ' ' + stringify(rec) + '\n';
  const buf = bufferFrom(line, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(CH.results, buf, off, buf.length - off);
    } catch (e) {
      if (e && e.code === 'EAGAIN') sleep(1);
      else return; // the channel is gone; the parent treats the run as incomplete
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}

// The lifeline: a thread that keeps running while judged code busy-loops. When the parent is gone
// (end of file on the lifeline pipe it never writes to) it kills this process and everything it
// started. It also enforces the resident-memory limit where rlimits are not available.
const LIFELINE = `
const { workerData: w } = require('worker_threads');
const fs = require('fs');
const net = require('net');
function descendants(root) {
  const children = new Map();
  for (const e of fs.readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(e)) continue;
    try {
      const s = fs.readFileSync('/proc/' + e + '/stat', 'utf8');
      const ppid = Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch (_) {}
  }
  const found = [];
  const queue = [root];
  while (queue.length) for (const c of children.get(queue.shift()) || []) if (!found.includes(c)) { found.push(c); queue.push(c); }
  return found;
}
let dying = false;
function killTree() {
  if (dying) return;
  dying = true;
  try {
    if (process.platform === 'win32') {
      require('child_process').spawnSync('taskkill', ['/PID', String(w.pid), '/T', '/F'], { windowsHide: true });
    } else {
      if (process.platform === 'linux') for (const c of descendants(w.pid)) { try { process.kill(c, 'SIGKILL'); } catch (_) {} }
      try { process.kill(-w.pid, 'SIGKILL'); } catch (_) {}
    }
  } finally {
    process.kill(w.pid, 'SIGKILL');
  }
}
const life = new net.Socket({ fd: w.lifeline, readable: true, writable: false });
life.on('data', () => {});
life.on('end', killTree);
life.on('close', killTree);
life.on('error', killTree);
if (w.rssMb) {
  const limit = w.rssMb * 1024 * 1024;
  setInterval(() => {
    if (process.memoryUsage.rss() > limit) {
      try { fs.writeSync(w.results, w.token + ' ' + JSON.stringify({ t: 'limit', kind: 'memory' }) + '\\n'); } catch (_) {}
      killTree();
    }
  }, 20);
}
`;
// Small limits: under a data-segment limit a default isolate's code range alone does not fit (Node 24).
const lifeline = new Worker(LIFELINE, {
  eval: true,
  workerData: { pid: PID, lifeline: CH.lifeline, results: CH.results, token: TOKEN, rssMb: config.memory && config.memory.rssMb },
  resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8, codeRangeSizeMb: 16 },
});
lifeline.unref();

/** Stops this process and what it started, the same way the lifeline does. */
function exitTree() {
  if (process.platform !== 'win32') {
    try {
      killProcess(-PID, 'SIGKILL');
    } catch (_) {
      // not a group leader: fall through
    }
  }
  killProcess(PID, 'SIGKILL');
}

// The cases channel, read synchronously between cases: nothing of the judged code runs meanwhile.
const chunks = [];
function readLine() {
  for (;;) {
    if (chunks.length > 0) {
      const last = chunks[chunks.length - 1];
      const nl = last.indexOf(10);
      if (nl >= 0) {
        const head = chunks.length === 1 ? last : concat(chunks);
        const cut = head.length - last.length + nl;
        const line = head.toString('utf8', 0, cut);
        chunks.length = 0;
        if (cut + 1 < head.length) chunks.push(head.subarray(cut + 1));
        return line;
      }
    }
    const buf = Buffer.allocUnsafe(1 << 16);
    let n;
    try {
      n = readSync(CH.cases, buf, 0, buf.length, null);
    } catch (e) {
      if (e && e.code === 'EAGAIN') {
        sleep(1);
        continue;
      }
      n = 0;
    }
    if (n === 0) return null;
    chunks.push(buf.subarray(0, n));
  }
}

function capture(which) {
  return function (chunk, encoding, cb) {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    outBytes += byteLength(s);
    if (outBytes <= CAP) {
      if (which === 1) out += s;
      else err += s;
    } else {
      send({ t: 'limit', kind: 'output' });
      exitTree();
    }
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
}
process.stdout.write = capture(1);
process.stderr.write = capture(2);
// Raw writes to fd 1/2 would hit a full pipe instead of the output limit: route them too.
fs.writeSync = function (fd, data, ...rest) {
  if (fd === 1 || fd === 2) {
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer ? data.buffer : data, data.byteOffset || 0, data.byteLength).toString('utf8');
    capture(fd)(text);
    return byteLength(text);
  }
  return writeSync.call(fs, fd, data, ...rest);
};

process.on('unhandledRejection', (reason) => {
  pending = reason;
});
process.on('uncaughtException', (e) => {
  pending = e;
});

// Values in wire format v2 (PROTOCOL.md). JavaScript has one number type: a whole number is sent
// as an int (its exact digits beyond 2^53), any other number as a float.
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const isSafeInteger = Number.isSafeInteger;
const isInteger = Number.isInteger;
const BigIntOf = BigInt;
const numberOf = Number;

function enc(v, depth, seen) {
  if (depth > 2000) return { $: 'repr', v: '<nested too deeply>' };
  if (v === undefined) return { $: 'undef' };
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (v !== v) return { $: 'NaN' };
    if (v === Infinity) return { $: 'Inf' };
    if (v === -Infinity) return { $: '-Inf' };
    if (v === 0 && 1 / v < 0) return { $: '-0' };
    if (isInteger(v) && !isSafeInteger(v)) return { $: 'int', v: BigIntOf(v).toString() };
    return v;
  }
  if (typeof v === 'bigint') return v >= -MAX_SAFE && v <= MAX_SAFE ? numberOf(v) : { $: 'int', v: v.toString() };
  if (typeof v === 'function') return { $: 'repr', v: '[function ' + (v.name || 'anonymous') + ']' };
  if (typeof v === 'symbol') return { $: 'repr', v: v.toString() };
  if (seen.has(v)) return { $: 'repr', v: '<circular>' };
  seen.add(v);
  try {
    if (Array.isArray(v)) {
      const o = new Array(v.length);
      for (let k = 0; k < v.length; k++) o[k] = enc(v[k], depth + 1, seen);
      return o;
    }
    if (ArrayBuffer.isView(v)) return Array.from(v, (x) => enc(x, depth + 1, seen));
    if (v instanceof Set) return { $: 'set', v: Array.from(v, (x) => enc(x, depth + 1, seen)) };
    if (v instanceof Map) {
      const o = [];
      for (const [k, x] of v) o.push([enc(k, depth + 1, seen), enc(x, depth + 1, seen)]);
      return { $: 'map', v: o };
    }
    const o = [];
    for (const k of Object.keys(v)) o.push([k, enc(v[k], depth + 1, seen)]);
    return { $: 'map', v: o };
  } finally {
    seen.delete(v);
  }
}

// A map whose keys are all strings becomes a plain object (map<string, V>, records, JSON objects);
// one with int keys a Map (map<int, V>). Integers beyond 2^53 become BigInts.
function dec(t) {
  if (t === null || typeof t !== 'object') return t;
  if (Array.isArray(t)) return t.map(dec);
  switch (t.$) {
    case 'NaN': return NaN;
    case 'Inf': return Infinity;
    case '-Inf': return -Infinity;
    case '-0': return -0;
    case 'undef': return undefined;
    case 'int': {
      const big = BigIntOf(t.v);
      return big >= -MAX_SAFE && big <= MAX_SAFE ? numberOf(big) : big;
    }
    case 'float': return numberOf(t.v);
    case 'set': return new Set(t.v.map(dec));
    case 'map': {
      if (t.v.every((p) => typeof p[0] === 'string')) {
        const o = {};
        for (const [k, x] of t.v) Object.defineProperty(o, k, { value: dec(x), enumerable: true, writable: true, configurable: true });
        return o;
      }
      return new Map(t.v.map(([k, x]) => [dec(k), dec(x)]));
    }
    default: return undefined;
  }
}

const SOURCE = new RegExp(String(config.stem || 'solution').replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\.\\w+:(\\d+)');
function lineOf(e) {
  const text = e && typeof e === 'object' && typeof e.stack === 'string' ? e.stack : '';
  const m = SOURCE.exec(text);
  return m ? Number(m[1]) : undefined;
}

function describe(e) {
  if (e instanceof Error) return (e.name && e.name !== 'Error' ? e.name + ': ' : '') + e.message;
  try {
    return 'threw ' + (typeof e === 'string' ? stringify(e) : String(e));
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

/** Each message of the cases channel in turn; the run ends at end of file (the parent is done or gone). */
async function serve(runCase) {
  for (;;) {
    const line = readLine();
    if (line === null) break;
    let msg;
    try {
      msg = parseJson(line);
    } catch (_) {
      continue;
    }
    if (!msg || msg.t !== 'case' || typeof msg.i !== 'number') continue;
    out = '';
    err = '';
    outBytes = 0;
    pending = null;
    await runCase(msg);
  }
  exitTree();
}

// ---- driver: program (solutions and pack code) ----

function loadProgram() {
  let mod;
  try {
    mod = require(path.join(process.cwd(), config.file));
  } catch (e) {
    const syntax = e instanceof SyntaxError;
    let line = lineOf(e);
    if (line === undefined && syntax) {
      const m = SOURCE.exec(String(e.stack).split('\n')[0] || '');
      if (m) line = Number(m[1]);
    }
    let error = describe(e);
    // A bracket left open surfaces only after the person's last line (in the judge's export probe):
    // say what their code alone gives ("Unexpected end of input", not the probe's "Unexpected token
    // ';'"), at their last written line, not at one their file does not have.
    if (syntax && typeof config.lines === 'number' && line !== undefined && line > config.lines) {
      line = config.lines;
      error = ownSyntaxError() || error;
    }
    return { ok: false, kind: syntax ? 'compile-error' : isMemory(e) ? 'memory-limit' : 'runtime-error', error, line };
  }
  const name = config.entry;
  let entry = mod.__drillsEntry;
  if (entry === undefined && mod) entry = mod[name] !== undefined ? mod[name] : mod.default !== undefined ? mod.default : typeof mod === 'function' ? mod : undefined;
  if (entry === undefined && typeof mod.__drillsSolution === 'function' && !config.isClass) {
    const inst = new mod.__drillsSolution();
    if (typeof inst[name] === 'function') entry = inst[name].bind(inst);
  }
  if (typeof entry !== 'function') {
    const what = config.isClass ? 'class' : 'function';
    return { ok: false, kind: 'compile-error', error: 'no ' + what + ' named "' + name + '" was found: define it at the top level of your file (for example "' + (config.isClass ? 'class ' + name + ' {…}' : 'function ' + name + '(…) {…}') + '")' };
  }
  return { ok: true, entry };
}

/** The syntax error of the person's code without the probe, compiled as Node would (nothing runs). */
function ownSyntaxError() {
  if (typeof config.probeAt !== 'number') return undefined;
  try {
    const own = fs.readFileSync(path.join(process.cwd(), config.file), 'utf8').slice(0, config.probeAt);
    vm.compileFunction(own, ['exports', 'require', 'module', '__filename', '__dirname']);
  } catch (e) {
    if (e instanceof SyntaxError) return describe(e);
  }
  return undefined;
}

/** Whether the parent times this case between "ready" and "returned" (PROTOCOL.md): a timed case, or one sent alone. */
function watched(c) {
  return c.timed === true || c.clock === true;
}

/** Says the arguments are ready; a timed case then waits for the parent's "go", which starts its clock. */
function ready(c) {
  if (!watched(c)) return;
  send({ t: 'ready', i: c.i });
  if (!c.timed) return;
  for (;;) {
    const line = readLine();
    if (line === null) exitTree();
    let msg;
    try {
      msg = parseJson(line);
    } catch (_) {
      continue;
    }
    if (msg && msg.t === 'go' && msg.i === c.i) return;
  }
}

/** How many calls a timed case makes in one timing (PROTOCOL.md, `reps`): 1 unless it asks for more. */
function reps(c) {
  return c.timed && Number.isInteger(c.reps) && c.reps > 1 ? c.reps : 1;
}

async function programCase(entry, c) {
  const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  try {
    let value;
    if (c.type === 'call') {
      // A timed case may ask for several calls in one timing (reps), each on its own decoded copy
      // of the arguments, all decoded before "ready": the value reported is the last call's.
      const sets = [];
      for (let k = 0; k < reps(c); k++) sets.push(dec(c.args));
      ready(c);
      for (const args of sets) {
        value = entry(...args);
        if (value && typeof value.then === 'function') value = await value;
      }
    } else if (c.type === 'ops') {
      const argsList = dec(c.args);
      ready(c);
      const results = [null];
      const obj = new entry(...argsList[0]);
      for (let k = 1; k < c.ops.length; k++) {
        const op = c.ops[k];
        if (typeof obj[op] !== 'function') throw new TypeError('the class has no method "' + op + '"');
        const r = await obj[op](...argsList[k]);
        results.push(r === undefined ? null : r);
      }
      value = results;
    } else if (c.type === 'script') {
      const body = new AsyncFunction(config.entry, c.script);
      ready(c);
      value = await body(entry);
    } else {
      throw new Error('this harness cannot run a "' + c.type + '" case');
    }
    if (watched(c)) send({ t: 'returned', i: c.i });
    await settle();
    if (pending !== null) throw pending;
    send({ t: 'result', i: c.i, ok: true, value: enc(value, 0, new Set()), out, err });
  } catch (e) {
    send({ t: 'result', i: c.i, ok: false, memory: isMemory(e), error: describe(e), line: lineOf(e), out, err });
  }
}

// ---- driver: sql (a fresh SQLite engine per case: nothing, not even an ATTACHed file, survives a case) ----

function sqlEngine() {
  const dir = path.dirname(config.engineJs);
  const source = fs.readFileSync(config.engineJs, 'utf8');
  const wasm = new WebAssembly.Module(fs.readFileSync(config.engineWasm));
  const script = new vm.Script('(function (module, exports, require, __dirname, __filename) {' + source + '\nreturn module.exports;})', { filename: config.engineJs });
  return async function fresh() {
    const m = { exports: {} };
    const init = script.runInThisContext()(m, m.exports, require, dir, config.engineJs);
    return init({ instantiateWasm(imports, ok) { ok(new WebAssembly.Instance(wasm, imports)); return {}; } });
  };
}

const sqlName = (name) => '"' + String(name).replace(/"/g, '""') + '"';
const sqlText = (text) => "'" + String(text).replace(/'/g, "''") + "'";
const sqlColumn = (db, query) => {
  const r = db.exec(query);
  return r.length ? r[0].values.map((v) => v[0]) : [];
};
const SQL_HELPERS = ['rejoined', 'stored_columns', 'stored_rows', 'query_plan'];

// A plan case: the query's EXPLAIN QUERY PLAN rows, readable by the case's own query.
function readPlan(db, query) {
  const res = db.exec('EXPLAIN QUERY PLAN ' + query);
  db.exec('CREATE TEMP TABLE query_plan (id INTEGER, parent INTEGER, detail TEXT)');
  const st = db.prepare('INSERT INTO query_plan VALUES (?, ?, ?)');
  for (const r of res.length ? res[0].values : []) st.run([r[0], r[1], r[3]]);
  st.free();
}

// A decomposition drill: rows inserted into the relation are projected onto every table of the
// person's schema (referenced tables first); rejoined is their natural join.
function prepareRelation(db, rel) {
  const tables = sqlColumn(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  if (tables.length === 0) throw new Error('your SQL creates no tables');
  for (const t of tables) {
    if (t.toLowerCase() === rel.name.toLowerCase() || SQL_HELPERS.includes(t.toLowerCase())) throw new Error('call your table "' + t + '" something else: the tests use that name for the relation they load');
  }
  const cols = {};
  for (const t of tables) {
    cols[t] = sqlColumn(db, 'SELECT name FROM pragma_table_info(' + sqlText(t) + ')');
    const extra = cols[t].filter((c) => !rel.columns.includes(c));
    if (extra.length) throw new Error('table ' + t + ' has ' + extra.join(', ') + ', which ' + rel.name + ' does not: decompose the given columns (no surrogate keys or extra columns)');
  }
  const missing = rel.columns.filter((c) => !tables.some((t) => cols[t].includes(c)));
  if (missing.length) throw new Error('no table keeps ' + missing.join(', ') + ': the decomposition loses ' + (missing.length > 1 ? 'them' : 'it'));
  const order = [];
  const state = {};
  const visit = (t) => {
    if (state[t]) return;
    state[t] = 1;
    for (const ref of sqlColumn(db, 'SELECT "table" FROM pragma_foreign_key_list(' + sqlText(t) + ')')) if (ref !== t && tables.includes(ref)) visit(ref);
    order.push(t);
  };
  tables.forEach(visit);
  db.exec('CREATE TEMP TABLE ' + sqlName(rel.name) + ' (' + rel.columns.map(sqlName).join(', ') + ')');
  const project = order.map((t) => {
    const cs = cols[t];
    return 'INSERT INTO ' + sqlName(t) + ' (' + cs.map(sqlName).join(', ') + ') SELECT ' + cs.map((c) => 'NEW.' + sqlName(c)).join(', ') +
      ' WHERE NOT EXISTS (SELECT 1 FROM ' + sqlName(t) + ' WHERE ' + cs.map((c) => sqlName(c) + ' IS NEW.' + sqlName(c)).join(' AND ') + ');';
  }).join(' ');
  db.exec('CREATE TEMP TRIGGER ' + sqlName(rel.name + '_projected') + ' AFTER INSERT ON ' + sqlName(rel.name) + ' BEGIN ' + project + ' END');
  db.exec('CREATE TEMP VIEW rejoined AS SELECT DISTINCT ' + rel.columns.map(sqlName).join(', ') + ' FROM ' + order.map((t) => 'main.' + sqlName(t)).join(' NATURAL JOIN '));
  db.exec('CREATE TEMP VIEW stored_columns (table_name, column_name) AS ' + tables.flatMap((t) => cols[t].map((c) => 'SELECT ' + sqlText(t) + ', ' + sqlText(c))).join(' UNION ALL '));
  db.exec('CREATE TEMP VIEW stored_rows (table_name, n) AS ' + tables.map((t) => 'SELECT ' + sqlText(t) + ', COUNT(*) FROM main.' + sqlName(t)).join(' UNION ALL '));
}

function sqlCase(fresh) {
  return async function (c) {
    let stage = 'engine';
    let db;
    try {
      const SQL = await fresh();
      db = new SQL.Database();
      stage = 'schema';
      db.exec('PRAGMA foreign_keys = ON;');
      if (config.schema) db.exec(config.schema);
      if (c.kind !== 'query') {
        stage = 'person';
        if (config.person.trim()) db.exec(config.person);
      }
      if (config.relation) {
        stage = 'shape';
        prepareRelation(db, config.relation);
      }
      stage = 'setup';
      if (c.setup) db.exec(c.setup);
      if (c.plan) {
        stage = 'check';
        readPlan(db, c.plan);
      }
      stage = c.kind === 'query' ? 'person' : 'check';
      ready(c);
      const res = db.exec(c.kind === 'query' ? config.person : c.sql);
      if (watched(c)) send({ t: 'returned', i: c.i });
      const last = res.length ? res[res.length - 1] : { columns: [], values: [] };
      if (last.values.length > config.maxRows) {
        send({ t: 'result', i: c.i, ok: false, stage: 'rows', error: 'more than ' + config.maxRows + ' rows' });
        return;
      }
      const rows = last.values.map((r) => r.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
      send({ t: 'result', i: c.i, ok: true, rows, columns: last.columns });
    } catch (e) {
      const message = String((e && e.message) || e);
      const memory = e instanceof RangeError || /out of memory/i.test(message);
      send({ t: 'result', i: c.i, ok: false, stage, memory, error: message });
    } finally {
      try {
        if (db) db.close();
      } catch (_) {
        // the engine died with its memory; the next case gets a fresh one
      }
    }
  };
}

async function main() {
  if (config.driver === 'sql') {
    let fresh;
    try {
      fresh = sqlEngine();
    } catch (e) {
      send({ t: 'load', ok: false, kind: 'runtime-error', error: 'the SQL engine failed to start: ' + describe(e) });
      return exitTree();
    }
    send({ t: 'load', ok: true });
    return serve(sqlCase(fresh));
  }
  const loaded = loadProgram();
  if (!loaded.ok) {
    send({ t: 'load', ok: false, kind: loaded.kind, error: loaded.error, line: loaded.line, out, err });
    return exitTree();
  }
  send({ t: 'load', ok: true });
  return serve((c) => programCase(loaded.entry, c));
}

main().catch((e) => {
  send({ t: 'load', ok: false, kind: 'runtime-error', error: describe(e) });
  exitTree();
});
