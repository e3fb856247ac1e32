// C++17, in LeetCode's conventions: `class Solution { public: … };` for function drills, the class
// itself for design drills. The judge generates a driver from the drill's signature that includes
// the harness header (harness/drills.hpp), then the person's file, then the glue that decodes each
// case's arguments into the parameter types the person's method declares, calls it and encodes the
// result. The harness's part that does not depend on types (harness/drills.cpp: JSON parsing, the
// main loop, limits, signals) is compiled once per compiler into the build cache and linked in, so
// one compiler call builds an edited solution and generates only its code and the glue; the program
// is cached by content (compiled.ts).
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import { typesIn, type Param, type RecordDecl, type Signature, type Type } from '../types';
import cppHarnessPart from './harness/drills.cpp';
import cppHarness from './harness/drills.hpp';
import { blockCommentHeader, escape, firstLine, supportsProgram } from './starter';
import { DEFAULT_CHANNELS, scrubbedEnv, ToolchainMissing, type CompileFailure, type PrepareContext, type ProcessPlan, type Runtime, type Toolchain, type ToolchainContext } from './types';

/** Flags of every build; part of the cache key. */
export const CPP_FLAGS = ['-std=c++17', '-O2', '-pipe', '-pthread'] as const;
/** Compilers tried on PATH, in order, when none is configured. */
const CANDIDATES = ['g++', 'clang++', 'c++'];
const COMPILE_TIMEOUT_MS = 60_000;

const CPP_KEYWORDS = new Set([
  'alignas', 'alignof', 'and', 'and_eq', 'asm', 'auto', 'bitand', 'bitor', 'bool', 'break', 'case', 'catch', 'char', 'class', 'compl', 'const', 'constexpr',
  'const_cast', 'continue', 'decltype', 'default', 'delete', 'do', 'double', 'dynamic_cast', 'else', 'enum', 'explicit', 'export', 'extern', 'false', 'float',
  'for', 'friend', 'goto', 'if', 'inline', 'int', 'long', 'mutable', 'namespace', 'new', 'noexcept', 'not', 'not_eq', 'nullptr', 'operator', 'or', 'or_eq',
  'private', 'protected', 'public', 'register', 'reinterpret_cast', 'return', 'short', 'signed', 'sizeof', 'static', 'static_assert', 'static_cast', 'struct',
  'switch', 'template', 'this', 'thread_local', 'throw', 'true', 'try', 'typedef', 'typeid', 'typename', 'union', 'unsigned', 'using', 'virtual', 'void',
  'volatile', 'wchar_t', 'while', 'xor', 'xor_eq', 'errno', 'assert',
]);

/** A record field's name in C++: the JSON name, made an identifier (`delete` → `delete_`). */
export function cppFieldName(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (/^[0-9]/.test(id)) id = `_${id}`;
  return CPP_KEYWORDS.has(id) ? `${id}_` : id;
}

/** Why C++ cannot take a type: it takes every type of the type language (json as the harness's Json). */
function cannotExpress(): string | undefined {
  return undefined;
}

/** Whether a signature uses json: only then does the person's file see the harness's `Json`. */
function usesJson(sig: Signature): boolean {
  return typesIn(sig).some((t) => t.kind === 'json');
}

/** Records that contain themselves through a chain of nullable references (TreeNode, ListNode): passed as pointers. */
function linkedRecords(sig: Signature): Set<string> {
  const refs = (t: Type, out: Set<string>): void => {
    if (t.kind === 'record') out.add(t.name);
    else if (t.kind === 'list' || t.kind === 'set') refs(t.element, out);
    else if (t.kind === 'map') refs(t.value, out);
    else if (t.kind === 'tuple') t.items.forEach((x) => refs(x, out));
    else if (t.kind === 'nullable') refs(t.inner, out);
  };
  const edges = new Map(sig.records.map((r) => {
    const out = new Set<string>();
    r.fields.forEach((f) => refs(f.type, out));
    return [r.name, out] as const;
  }));
  const linked = new Set<string>();
  for (const r of sig.records) {
    const seen = new Set<string>();
    const stack = [...(edges.get(r.name) ?? [])];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === r.name) {
        linked.add(r.name);
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
  }
  return linked;
}

/** The C++ spelling of a type (DESIGN's mapping: vector, unordered_map, unordered_set, optional, Json; linked records as pointers). */
export function cppType(t: Type, linked: ReadonlySet<string> = new Set()): string {
  switch (t.kind) {
    case 'int':
      return 'int';
    case 'long':
      return 'long long';
    case 'float':
      return 'double';
    case 'bool':
      return 'bool';
    case 'string':
      return 'string';
    case 'void':
      return 'void';
    case 'json':
      return 'Json';
    case 'list':
      return `vector<${cppType(t.element, linked)}>`;
    case 'set':
      return `unordered_set<${cppType(t.element, linked)}>`;
    case 'map':
      return `unordered_map<${cppType(t.key, linked)}, ${cppType(t.value, linked)}>`;
    case 'tuple':
      return `tuple<${t.items.map((x) => cppType(x, linked)).join(', ')}>`;
    case 'nullable':
      return t.inner.kind === 'record' ? `${t.inner.name}*` : `optional<${cppType(t.inner, linked)}>`;
    case 'record':
      return linked.has(t.name) ? `${t.name}*` : t.name;
  }
}

/** A parameter as LeetCode writes it: containers and records by reference, the rest by value. */
function cppParam(p: Param, linked: ReadonlySet<string>): string {
  const type = cppType(p.type, linked);
  const byRef = ['list', 'set', 'map', 'tuple', 'json'].includes(p.type.kind) || (p.type.kind === 'record' && !linked.has(p.type.name));
  return `${type}${byRef ? '&' : ''} ${p.name}`;
}

function fieldType(f: RecordDecl['fields'][number], linked: ReadonlySet<string>): string {
  const t = cppType(f.type, linked);
  return f.optional ? `optional<${t}>` : t;
}

/** Records in an order where every record a struct holds by value is defined before it. */
function recordOrder(sig: Signature, linked: ReadonlySet<string>): RecordDecl[] {
  const byName = new Map(sig.records.map((r) => [r.name, r]));
  const out: RecordDecl[] = [];
  const done = new Set<string>();
  const byValue = (t: Type, acc: string[]): void => {
    if (t.kind === 'record' && !linked.has(t.name)) acc.push(t.name);
    else if (t.kind === 'list' || t.kind === 'set') byValue(t.element, acc);
    else if (t.kind === 'map') byValue(t.value, acc);
    else if (t.kind === 'tuple') t.items.forEach((x) => byValue(x, acc));
    else if (t.kind === 'nullable' && t.inner.kind !== 'record') byValue(t.inner, acc);
  };
  const visit = (r: RecordDecl): void => {
    if (done.has(r.name)) return;
    done.add(r.name);
    const deps: string[] = [];
    r.fields.forEach((f) => byValue(f.type, deps));
    for (const d of deps) {
      const x = byName.get(d);
      if (x) visit(x);
    }
    out.push(r);
  };
  sig.records.forEach(visit);
  return out;
}

/** The structs of a signature's records, with LeetCode-style constructors. */
export function cppRecords(sig: Signature): string[] {
  const linked = linkedRecords(sig);
  const lines: string[] = [];
  if (sig.records.length > 0) lines.push(...sig.records.map((r) => `struct ${r.name};`));
  for (const r of recordOrder(sig, linked)) {
    const init = (f: RecordDecl['fields'][number]): string => (fieldType(f, linked).endsWith('*') ? ' = nullptr' : '{}');
    const params = r.fields.map((f) => `${fieldType(f, linked)} ${cppFieldName(f.name)}_`);
    lines.push(`struct ${r.name} {`);
    for (const f of r.fields) lines.push(`    ${fieldType(f, linked)} ${cppFieldName(f.name)}${init(f)};`);
    lines.push(`    ${r.name}() {}`);
    if (r.fields.length > 1) lines.push(`    explicit ${r.name}(${params[0]}) : ${cppFieldName(r.fields[0]!.name)}(${cppFieldName(r.fields[0]!.name)}_) {}`);
    if (r.fields.length > 0) lines.push(`    ${r.fields.length === 1 ? 'explicit ' : ''}${r.name}(${params.join(', ')}) : ${r.fields.map((f) => `${cppFieldName(f.name)}(${cppFieldName(f.name)}_)`).join(', ')} {}`);
    lines.push('};');
  }
  return lines;
}

/** Wire encoders and decoders of the records (found by argument-dependent lookup from the harness's templates). */
function recordCodecs(sig: Signature): string[] {
  const lines: string[] = [];
  for (const r of sig.records) {
    lines.push(`inline void dec(const drills_::J& j_, ${r.name}& out_) {`, '    const drills_::RecordIn o_ = drills_::record_object(j_);');
    for (const f of r.fields) lines.push(`    drills_::field(o_, ${JSON.stringify(f.name)}, out_.${cppFieldName(f.name)});`);
    lines.push('}');
    lines.push(`inline void enc(drills_::Out& o_, const ${r.name}& v_) {`, '    drills_::RecordOut r_(o_);');
    for (const f of r.fields) lines.push(`    r_.${f.optional ? 'optional_field' : 'field'}(${JSON.stringify(f.name)}, v_.${cppFieldName(f.name)});`);
    lines.push('    r_.done();', '}');
  }
  return lines;
}

/** The generated driver: harness, records, the person's file, then the glue for this signature. */
export function cppDriver(sig: Signature): string {
  const linked = linkedRecords(sig);
  const recs = cppRecords(sig);
  // The one Boot (config, limits, signals), defined before the person's file: it runs before their globals are initialised.
  const lines = ['#include "drills.hpp"', 'static drills_::Boot drills_boot_;', 'using namespace std;', ...(usesJson(sig) ? ['using drills_::Json;'] : []), ...recs];
  if (sig.records.length > 0) lines.push(...recordCodecs(sig).map((l) => l), '');
  lines.push('#include "solution.cpp"', '');
  lines.push('int main() {', '    return drills_::serve([](const drills_::J& c_, drills_::Out& o_, drills_::Moments& at_) {', '        const std::string& type_ = drills_::case_type(c_);');
  if (sig.kind === 'function') {
    const fn = sig.function;
    lines.push(
      '        if (type_ == "call") {',
      '            Solution solution_;',
      `            drills_::invoke(o_, solution_, &Solution::${fn.name}, drills_::case_field(c_, "args"), ${JSON.stringify(fn.name)}, at_);`,
      '            return;',
      '        }',
    );
  } else {
    const ctor = `std::tuple<${sig.constructorParams.map((p) => cppType(p.type, linked)).join(', ')}>`;
    lines.push(
      '        if (type_ == "ops") {',
      '            const drills_::J& ops_ = drills_::case_field(c_, "ops");',
      '            const drills_::J& args_ = drills_::case_field(c_, "args");',
      '            if (ops_.kind != drills_::J::Arr || args_.kind != drills_::J::Arr || ops_.a.size() != args_.a.size() || ops_.a.empty()) throw drills_::BadInput("an ops case needs as many argument lists as operations");',
      `            static std::unique_ptr<${sig.className}> obj_;`,
      '            std::vector<std::function<void(drills_::Out&)>> steps_;',
      `            steps_.push_back(drills_::construct<${sig.className}, ${ctor}>(obj_, args_.a[0]));`,
      '            for (std::size_t k_ = 1; k_ < ops_.a.size(); ++k_) {',
      '                const std::string& op_ = ops_.a[k_].s;',
      ...sig.methods.map((m, k) => `                ${k === 0 ? '' : 'else '}if (op_ == ${JSON.stringify(m.name)}) steps_.push_back(drills_::step(obj_, &${sig.className}::${m.name}, args_.a[k_], ${JSON.stringify(m.name)}));`),
      `                ${sig.methods.length > 0 ? 'else ' : ''}throw drills_::BadInput("the class has no method \\"" + op_ + "\\"");`,
      '            }',
      '            drills_::run_ops(o_, obj_, steps_, at_);',
      '            return;',
      '        }',
    );
  }
  lines.push('        throw drills_::BadInput("C++ cannot run a \\"" + type_ + "\\" case");', '    });', '}', '');
  return lines.join('\n');
}

function starter(q: Question): string {
  const header = blockCommentHeader(q);
  const own = q.starter.cpp;
  if (own) return [...header, own].join('\n');
  const sig = q.signature;
  if (!sig) return [...header, 'class Solution {', 'public:', '};', ''].join('\n');
  const linked = linkedRecords(sig);
  const recs = cppRecords(sig);
  const records = recs.length > 0 ? ['// The judge defines these records (do not copy them into this file):', ...recs.filter((l) => !/^struct \w+;$/.test(l)).map((l) => `// ${l}`), ''] : [];
  // Json is the judge's own type, which nobody knows from elsewhere: the starter lists its common calls.
  const json = usesJson(sig)
    ? [
        '// A json value is a Json: j.is_object(), j.as_int(), j.as_double(), j.as_string(), j.at("key") (null when',
        '// missing), j.contains("key"), j.items(), for (const Json& x : j); Json::object(), j["key"] = v, push_back,',
        '// Json::parse(text), j.dump().',
        '',
      ]
    : [];
  const provided = [...records, ...json];
  const params = (ps: readonly Param[]): string => ps.map((p) => cppParam(p, linked)).join(', ');
  const body = (t: Type): string => (t.kind === 'void' ? '' : ' return {}; ');
  if (sig.kind === 'function') {
    const fn = sig.function;
    return [...header, ...provided, 'class Solution {', 'public:', `    ${cppType(fn.returns, linked)} ${fn.name}(${params(fn.params)}) {${body(fn.returns) || ' '}}`, '};', ''].join('\n');
  }
  return [
    ...header,
    ...provided,
    `class ${sig.className} {`,
    'public:',
    `    ${sig.className}(${params(sig.constructorParams)}) { }`,
    ...sig.methods.map((m) => `    ${cppType(m.returns, linked)} ${m.name}(${params(m.params)}) {${body(m.returns) || ' '}}`),
    '};',
    '',
  ].join('\n');
}

/**
 * The configured compiler alone, else g++, clang++, c++ from PATH; each must accept -std=c++17.
 * C++ runs on Linux and macOS: the harness uses POSIX descriptors and signals.
 */
async function find(ctx: ToolchainContext): Promise<Toolchain> {
  if (ctx.platform.os === 'win32') throw new ToolchainMissing('C++ drills run on Linux and macOS only (the judge\'s C++ harness uses POSIX pipes and signals). Use WSL, or another language.');
  const configured = ctx.configured(cpp);
  const candidates = configured ? [configured] : CANDIDATES;
  for (const c of candidates) {
    const found = await ctx
      .memo(`cpp:${c}`, async () => {
        const r = await ctx.probe(c, ['--version']);
        const version = r.stdout.trim().split(/\r?\n/)[0] ?? '';
        if (!r.ok || !version) throw new Error(r.stderr.trim() || `${c} did not run`);
        return { command: c, version } satisfies Toolchain;
      })
      .catch(() => undefined);
    if (found) return found;
  }
  if (configured) throw new ToolchainMissing(`The C++ compiler "${configured}" (${ctx.settingName(cpp)}) did not run. Point it at g++ or clang++ (C++17), or clear it to use g++ or clang++ from PATH.`);
  throw new ToolchainMissing(`No C++ compiler was found (tried ${CANDIDATES.join(', ')}). Install g++ or clang++ (C++17; on Debian or Ubuntu: apt-get install g++), or set ${ctx.settingName(cpp)}.`);
}

/**
 * The first compiler error: in the person's file with its line and column; in the generated glue
 * (a method the judge calls is missing, private or differently named) with what the judge expects.
 */
export function compileFailure(stderr: string, sig: Signature): CompileFailure {
  const lines = stderr.split(/\r?\n/);
  const error = /^(.*?):(\d+):(?:(\d+):)?\s*(?:fatal )?error:\s*(.*)$/;
  let first: RegExpExecArray | null = null;
  for (const l of lines) {
    const m = error.exec(l);
    if (!m) continue;
    if (path.basename(m[1]!) === 'solution.cpp') return { kind: 'compile-error', message: `${m[4]!} (solution.cpp, line ${m[2]})`, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
    first ??= m;
  }
  const expects = sig.kind === 'function' ? `class Solution { public: ${sig.function.name}(…) }` : `class ${sig.className} with public ${sig.methods.map((m) => m.name).join(', ') || 'constructor'}`;
  if (first) return { kind: 'compile-error', message: `${first[4]} (where the judge calls your code: it expects ${expects}, taking and returning the types of the starter)` };
  const tail = lines.filter((l) => l.trim()).slice(-3).join(' ').slice(0, 500);
  return { kind: 'compile-error', message: tail || 'the compiler failed without a message' };
}

/** Whether a compiler, by the first line of its `--version`, is GCC, whose precompiled header `#include` finds. */
export function precompilesHeader(version: string): boolean {
  return !/clang/i.test(version) && /\bg\+\+|\bgcc\b/i.test(version);
}

/**
 * Linked into each program where the compiler can (GCC and clang on Linux; tried once per harness
 * build): the C++ runtime libraries loaded and relocated at every start cost about a millisecond,
 * a third of a bare program start; linked in, the program starts as a C program does.
 */
export const CPP_STATIC_RUNTIME = ['-static-libstdc++', '-static-libgcc'] as const;
const LINK_FLAGS_FILE = 'link-flags.json';

/** Harness builds this process could not make (a compiler that refuses them): not tried again. */
const harnessFailed = new Set<string>();

/**
 * The folder holding the harness, built once per harness, compiler and flags into the build cache:
 * its header, its compiled part (`drills.o`, linked with every solution), and with GCC the header
 * precompiled (`drills.hpp.gch`, about 75 MB), so the standard headers it includes are parsed once,
 * not in every compile. Together they take about a second off each compile of an edited solution.
 * Undefined without a build cache, or when it could not be built: the harness is then compiled with
 * the solution. GCC checks the precompiled header against the compile's flags and falls back to the
 * header beside it, so a stale one can only cost time, never change the program; clang wants a
 * precompiled header named on the command line, so with clang only the compiled part is reused.
 * With it, the flags a solution is linked with (CPP_STATIC_RUNTIME, where a test link took them).
 */
async function harnessBuild(ctx: PrepareContext, compiler: string): Promise<{ dir: string; link: readonly string[] } | undefined> {
  if (!ctx.cacheDir) return undefined;
  const version = ctx.toolchain.version ?? '';
  const { cachedBuild, contentKey, runTool } = await import('./compiled');
  const key = contentKey(['cpp-harness', cppHarness, cppHarnessPart, compiler, version, ...CPP_FLAGS]);
  if (harnessFailed.has(key)) return undefined;
  const built = await cachedBuild<string>({
    cacheDir: ctx.cacheDir,
    key,
    fallbackDir: ctx.dir,
    build: async (out) => {
      // The compiled part is built in a folder of its own: GCC would otherwise pick up the
      // precompiled header while it is being written beside it.
      const part = path.join(out, 'part');
      await fs.mkdir(part);
      await Promise.all([
        fs.writeFile(path.join(out, 'drills.hpp'), cppHarness),
        fs.writeFile(path.join(part, 'drills.hpp'), cppHarness),
        fs.writeFile(path.join(part, 'drills.cpp'), cppHarnessPart),
        fs.writeFile(path.join(part, 'probe.cpp'), '#include <string>\nint main() { return int(std::string("x").size()) - 1; }\n'),
      ]);
      const tool = (args: readonly string[], cwd: string) => runTool(compiler, [...CPP_FLAGS, ...args], { cwd, env: scrubbedEnv(out), timeoutMs: COMPILE_TIMEOUT_MS });
      // At once: they are independent, and each keeps one core busy.
      const [object, header, probe] = await Promise.all([
        tool(['-c', 'drills.cpp', '-o', path.join(out, 'drills.o')], part),
        precompilesHeader(version) ? tool(['-x', 'c++-header', 'drills.hpp', '-o', 'drills.hpp.gch'], out) : undefined,
        tool([...CPP_STATIC_RUNTIME, 'probe.cpp', '-o', 'probe'], part),
      ]);
      // Where the static runtime libraries are missing (or the platform has none), programs link as usual.
      await fs.writeFile(path.join(out, LINK_FLAGS_FILE), JSON.stringify(probe.code === 0 && !probe.timedOut ? CPP_STATIC_RUNTIME : []));
      await fs.rm(part, { recursive: true, force: true });
      // A precompiled header that failed is only time lost: the plain header is beside it.
      if (header && (header.code !== 0 || header.timedOut)) await fs.rm(path.join(out, 'drills.hpp.gch'), { force: true });
      return object.code === 0 && !object.timedOut ? undefined : object.stderr || 'the harness was not compiled';
    },
  }).catch((e: Error) => ({ failure: e.message, dir: '', hit: false }));
  if (built.failure !== undefined) {
    harnessFailed.add(key);
    return undefined;
  }
  let link: readonly string[] = [];
  try {
    const flags: unknown = JSON.parse(await fs.readFile(path.join(built.dir, LINK_FLAGS_FILE), 'utf8'));
    if (Array.isArray(flags) && flags.every((f) => (CPP_STATIC_RUNTIME as readonly string[]).includes(f))) link = flags as string[];
  } catch {
    // A harness folder without the file links as usual.
  }
  return { dir: built.dir, link };
}

export const cpp: Runtime = {
  id: 'cpp',
  label: 'C++',
  // Measure's copies of an input: a long in a vector, a std::string's 32 bytes, a container's header.
  valueCost: { number: 8, string: 40, list: 32 },
  description: 'C++17 with your g++ or clang++, LeetCode style',
  extensions: ['.cpp', '.cc', '.cxx'],
  solutionFileName: 'solution.cpp',
  kinds: ['coding'],
  setting: 'interviewDrills.cppPath',
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['cpp'],
  supports: (q) => supportsProgram(q, cpp, cannotExpress),
  starter,
  // A function drill's method inside Solution (else the class line); a design drill's class.
  entryLine: (code, q) =>
    (q.className ? undefined : firstLine(code, new RegExp(`^\\s*[A-Za-z_][^/*;=]*[\\s*&>]${escape(q.function ?? '')}\\s*\\(`))) ??
    firstLine(code, new RegExp(`^\\s*(class|struct)\\s+${q.className ? escape(q.className) : 'Solution'}\\b`)),
  find,
  async prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
    const sig = ctx.question.signature;
    if (!sig) return { kind: 'compile-error', message: `"${ctx.question.id}" has no typed signature, which C++ needs to call it` };
    // Loaded on first use: listing drills must not load crypto and child_process.
    const { cachedBuild, contentKey, runTool } = await import('./compiled');
    const driver = cppDriver(sig);
    const compiler = ctx.toolchain.command;
    const key = contentKey(['cpp', cppHarness, cppHarnessPart, driver, ctx.code, compiler, ctx.toolchain.version ?? '', ...CPP_FLAGS]);
    const built = await cachedBuild<CompileFailure>({
      cacheDir: ctx.cacheDir,
      key,
      fallbackDir: ctx.dir,
      build: async (out) => {
        // The harness comes from its own folder (its header found through -I, as driver.cpp's
        // first line includes it, its compiled part linked); else it is compiled beside the driver.
        const harness = await harnessBuild(ctx, compiler);
        const own = harness ? [] : [fs.writeFile(path.join(out, 'drills.hpp'), cppHarness), fs.writeFile(path.join(out, 'drills.cpp'), cppHarnessPart)];
        await Promise.all([...own, fs.writeFile(path.join(out, 'driver.cpp'), driver), fs.writeFile(path.join(out, 'solution.cpp'), ctx.code)]);
        const sources = harness ? ['-I', harness.dir, 'driver.cpp', path.join(harness.dir, 'drills.o'), ...harness.link] : ['driver.cpp', 'drills.cpp'];
        const r = await runTool(compiler, [...CPP_FLAGS, ...sources, '-o', 'solution'], { cwd: out, env: scrubbedEnv(out), timeoutMs: COMPILE_TIMEOUT_MS });
        if (r.timedOut) return { kind: 'compile-error', message: `the compiler took longer than ${COMPILE_TIMEOUT_MS / 1000} s` };
        if (r.code !== 0) return compileFailure(r.stderr, sig);
        return undefined;
      },
    });
    if (built.failure) return built.failure;
    // An address-space limit the harness sets on itself, as for Python (Linux); elsewhere its
    // resident-memory check.
    const mem = ctx.platform.memoryLimit(ctx.memoryMb, 'python');
    return {
      command: path.join(built.dir, 'solution'),
      args: [],
      // Each thread's malloc arena reserves 64 MB of address space, which RLIMIT_AS counts: cap the arenas.
      env: scrubbedEnv(ctx.dir, { MALLOC_ARENA_MAX: '2' }),
      cwd: ctx.dir,
      config: { entry: sig.kind === 'function' ? sig.function.name : sig.className, isClass: sig.kind === 'class', file: 'solution.cpp', memory: mem.harness, wire: 2 },
      channels: DEFAULT_CHANNELS,
      startsAhead: true,
    };
  },
};
