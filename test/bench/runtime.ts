// What the Java, Go and C++ benches share: the 100-case question, timing helpers, and the baseline
// they compare a repeated run with, a bare start of the program measured the way the judge starts
// its harness (session.ts), so the ratio compares like with like.
import { spawn, type ChildProcess } from 'child_process';
import { performance } from 'perf_hooks';
import type { Readable, Writable } from 'stream';
import { parseQuestion } from '../../src/core/questions/loader';
import { createPlatform } from '../../src/core/platform';
import { DEFAULT_CHANNELS, scrubbedEnv } from '../../src/core/runtimes';
import type { Question } from './types';

export const CASES = 100;

/** pairWithSum over `cases` cases, every one accepted by a correct solution. */
export function benchQuestion(cases: number, timeMs = 2000): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', `limits: { timeMs: ${timeMs} }`, 'tests:', ...tests].join('\n');
  const r = parseQuestion(text, 'bench.yaml', 'builtin');
  if (!r.question) throw new Error('bench question is invalid');
  return r.question;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Starts a program as the judge starts a harness, and waits until it has exited and its pipes have
 * closed: an asynchronous spawn from Node, standard input from /dev/null, standard output, standard
 * error and the three protocol channels as pipes, its own process group, the judged code's scrubbed
 * environment. Resolves with the wall time; rejects if it did not exit with code 0.
 */
export function bareStart(command: string, args: readonly string[], cwd: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = startLikeHarness(command, args, cwd);
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${command} exited with ${code}`))));
  });
}

/** Spawns a program the way the judge spawns its harness (see `bareStart`), reading all it prints. */
function startLikeHarness(command: string, args: readonly string[], cwd: string): ChildProcess {
  const top = Math.max(DEFAULT_CHANNELS.cases, DEFAULT_CHANNELS.results, DEFAULT_CHANNELS.lifeline);
  const stdio: ('ignore' | 'pipe')[] = ['ignore', 'pipe', 'pipe'];
  for (let fd = 3; fd <= top; fd++) stdio.push('pipe');
  const child = spawn(command, [...args], { cwd, env: scrubbedEnv(cwd), stdio, ...createPlatform().spawnOptions() });
  // Read what it prints, as the judge does (`java -version` writes to standard error).
  for (const s of child.stdio) (s as Readable | null)?.on?.('data', () => undefined);
  return child;
}

/**
 * The floor under a judge that runs every case in one process: a program that does nothing but
 * answer, started exactly as `bareStart` starts one, given `trips` cases in one write on the cases
 * channel, as the judge sends a batch, and answering each with one line on the results channel,
 * until it has exited and its pipes have closed. What is left above it in a repeated run is the
 * judge's own work.
 */
export function echoFloor(command: string, args: readonly string[], cwd: string, trips = CASES): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = startLikeHarness(command, args, cwd);
    const cases = child.stdio[DEFAULT_CHANNELS.cases] as Writable;
    let answered = 0;
    (child.stdio[DEFAULT_CHANNELS.results] as Readable).on('data', (chunk: Buffer) => {
      for (let k = chunk.indexOf(10); k >= 0; k = chunk.indexOf(10, k + 1)) if (++answered === trips) cases.end();
    });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 && answered === trips ? resolve(performance.now() - t0) : reject(new Error(`${command} exited with ${code} after ${answered} of ${trips} answers`))));
    cases.write(Array.from({ length: trips }, (_, i) => `{"t":"case","i":${i}}\n`).join(''));
  });
}

/** The answering program `echoFloor` starts, in each compiled language: read a line, write one. */
export const ECHO_SOURCES = {
  go: ['package main', '', 'import (', '\t"bufio"', '\t"os"', ')', '', 'func main() {', `\tin := bufio.NewReader(os.NewFile(${DEFAULT_CHANNELS.cases}, "cases"))`, `\tout := os.NewFile(${DEFAULT_CHANNELS.results}, "results")`, '\tfor {', "\t\tif _, err := in.ReadString('\\n'); err != nil {", '\t\t\treturn', '\t\t}', '\t\tout.Write([]byte("ok\\n"))', '\t}', '}', ''].join('\n'),
  cpp: ['#include <unistd.h>', 'int main() {', '  char b[4096];', '  for (;;) {', `    ssize_t n = read(${DEFAULT_CHANNELS.cases}, b, sizeof b);`, '    if (n <= 0) return 0;', `    for (ssize_t i = 0; i < n; i++) if (b[i] == '\\n' && write(${DEFAULT_CHANNELS.results}, "ok\\n", 3) != 3) return 1;`, '  }', '}', ''].join('\n'),
  // The descriptors are opened as the Java harness opens them (an inherited fd, through reflection).
  java: [
    'import java.io.*;',
    'class Echo {',
    '    static FileDescriptor fd(int n) throws Exception {',
    '        FileDescriptor d = new FileDescriptor();',
    '        java.lang.reflect.Field f = FileDescriptor.class.getDeclaredField("fd");',
    '        f.setAccessible(true);',
    '        f.setInt(d, n);',
    '        return d;',
    '    }',
    '    public static void main(String[] a) throws Exception {',
    `        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(fd(${DEFAULT_CHANNELS.cases}))));`,
    `        FileOutputStream out = new FileOutputStream(fd(${DEFAULT_CHANNELS.results}));`,
    '        byte[] ok = "ok\\n".getBytes();',
    '        while (in.readLine() != null) out.write(ok);',
    '    }',
    '}',
    '',
  ].join('\n'),
};

/**
 * The lines every compiled-language bench ends with: the two goals, and where a repeated run's time
 * goes, split from the 1-case and the 100-case repeated runs (per case: their difference over 99
 * cases; once per run: the 1-case run less one case). `repeated` is a run that starts its own
 * process (the CLI's judge); `ahead` one whose process was started when the run before ended (the
 * editor's judge, see src/core/judge/standby.ts): what a person who runs a solution again waits for.
 */
export function verdictLines(o: { repeated: number; ahead: number; oneCase: number; bare: number; perCase: number; floor: number }): string[] {
  const ratio = o.repeated / o.bare;
  const aheadRatio = o.ahead / o.bare;
  const trip = (o.repeated - o.oneCase) / (CASES - 1);
  const fixed = o.oneCase - trip;
  const lines = [
    `  repeated run / bare start: ${aheadRatio.toFixed(2)}× in the editor, its process started ahead (goal: within 1.5×)${aheadRatio <= 1.5 ? ': met' : `: missed, ${(o.ahead - 1.5 * o.bare).toFixed(1)} ms over 1.5× the bare start`}; ${ratio.toFixed(2)}× starting its own process (the CLI)`,
    `  one process per case / repeated run: ${(o.perCase / o.repeated).toFixed(1)}× starting its own process (goal: at least 20×)${o.perCase / o.repeated >= 20 ? ': met' : ': missed'}; ${(o.perCase / o.ahead).toFixed(1)}× started ahead`,
    `  where a repeated run that starts its own process goes: ${fixed.toFixed(1)} ms once per run (the bare start is ${o.bare.toFixed(1)} ms of it; the rest is the temporary folder, the build-cache check, the config file, loading the harness, stopping the process tree) and ${(trip * 1000).toFixed(0)} µs per case (the judge sends it, the harness decodes, calls, encodes and reports, the judge compares): ${(trip * CASES).toFixed(1)} ms for ${CASES} cases`,
  ];
  const floorRatio = o.floor / o.bare;
  lines.push(`  the floor for a run that starts its own process: ${o.floor.toFixed(1)} ms, ${floorRatio.toFixed(2)}× the bare start (a program that only answers, started the same way and sent the ${CASES} cases in one write, as the judge sends a batch); the judge's own work above it: ${(o.repeated - o.floor).toFixed(1)} ms`);
  return lines;
}
