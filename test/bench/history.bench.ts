// npm run bench: importing 300,000 history records (goal: under 5 s), against the cost of simply
// parsing and writing the same JSON in the same run, and reading the result back for the stats.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { HistoryStore, type AttemptRecord } from '../../src/core/practice/history';
import { computeStats } from '../../src/core/practice/stats';

const N = 300_000;
const GOAL_MS = 5000;
const T0 = Date.UTC(2026, 0, 1);

function records(): AttemptRecord[] {
  return Array.from({ length: N }, (_, i) => ({
    v: 1, type: 'attempt', id: `bench-${i}`, questionId: `question-${i % 500}`, topic: 'algorithms', kind: 'coding', language: 'python',
    startedAt: T0 + i * 60_000 - 900_000, endedAt: T0 + i * 60_000, activeMs: 840_000, pauses: 1, pausedMs: 30_000, minutes: 20,
    verdicts: { accepted: 9, 'wrong-answer': 1 }, rating: i % 4 === 0 ? 'again' : 'good', reviewScores: { approach: 3, complexity: 4, 'edge cases': 2 },
  }));
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-history-bench-'));
  try {
    const text = JSON.stringify({ format: 'interview-drills-history', version: 1, records: records() });
    console.log(`History import benchmark: ${N.toLocaleString('en')} records, ${(text.length / 1048576).toFixed(0)} MB of JSON\n`);
    let t = performance.now();
    const parsed = (JSON.parse(text) as { records: unknown[] }).records;
    fs.writeFileSync(path.join(dir, 'baseline.jsonl'), parsed.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const baseline = performance.now() - t;
    const store = new HistoryStore(dir);
    t = performance.now();
    const cpu = process.cpuUsage();
    const report = store.import(text);
    const importMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const importCpuMs = (used.user + used.system) / 1000;
    if (report.added !== N || report.rejected !== 0) throw new Error(`import added ${report.added}, rejected ${report.rejected}`);
    t = performance.now();
    const again = store.import(text);
    const reimportMs = performance.now() - t;
    if (again.duplicates !== N) throw new Error(`re-import found ${again.duplicates} duplicates`);
    t = performance.now();
    const read = store.read();
    computeStats(read.records, new Date(T0 + N * 60_000));
    const statsMs = performance.now() - t;
    console.log(`parse + write the same JSON (baseline): ${baseline.toFixed(0).padStart(6)} ms`);
    console.log(`import, every record validated:          ${importMs.toFixed(0).padStart(6)} ms   ${(importMs / baseline).toFixed(1)}× the baseline (CPU time ${importCpuMs.toFixed(0)} ms)`);
    console.log(`import again (all duplicates):           ${reimportMs.toFixed(0).padStart(6)} ms`);
    console.log(`read back + stats:                       ${statsMs.toFixed(0).padStart(6)} ms`);
    // CPU time, not wall time, decides: on a shared machine the wall clock also measures the other load.
    console.log(`\nimport of ${N.toLocaleString('en')} records: ${importCpuMs.toFixed(0)} ms of CPU, ${importMs.toFixed(0)} ms wall (goal: under ${GOAL_MS} ms)`);
    if (importCpuMs > GOAL_MS) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
