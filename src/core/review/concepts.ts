import type { Concept } from '../model';
import { stem, stems, wordSpans } from './text';

/**
 * The shared vocabulary: ideas many drills look for, each with the words people use for it. A drill's
 * own `concepts` can name one of these by its name to reuse its synonyms, and the classes say which
 * kinds of rubric dimension it counts for when a drill lists nothing of its own there.
 */
export interface SharedConcept extends Concept {
  readonly classes: readonly DimensionClass[];
  /** Where a synonym is written inside these, it does not mean the concept: the header "Retry-After" is not a retry. */
  readonly unless?: readonly RegExp[];
}

export type DimensionClass =
  | 'requirements'
  | 'estimates'
  | 'api'
  | 'data model'
  | 'architecture'
  | 'deep dives'
  | 'scaling'
  | 'trade-offs'
  | 'reliability'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'reflection'
  | 'ownership'
  | 'completeness'
  | 'process'
  | 'example';

const c = (name: string, classes: DimensionClass[], synonyms: string[], unless?: RegExp[]): SharedConcept => ({ name, synonyms: [name, ...synonyms], classes, ...(unless ? { unless } : {}) });

export const SHARED_CONCEPTS: readonly SharedConcept[] = [
  // System design
  c('caching', ['architecture', 'scaling'], ['cache', 'cached', 'memcached', 'lru cache', 'read-through', 'write-through', 'write-back', 'cache-aside', 'hit ratio', 'hit rate']),
  c('cdn', ['scaling', 'architecture'], ['edge cache', 'edge caching', 'edge server', 'cloudfront', 'akamai', 'content delivery network']),
  c('sharding', ['scaling', 'data model'], ['shard', 'sharded', 'partition', 'partitioned', 'partitioning', 'consistent hashing', 'hash ring', 'partition key', 'shard key']),
  c('replication', ['reliability', 'scaling'], ['replica', 'replicated', 'read replica', 'leader follower', 'primary & replica', 'multi-az', 'quorum']),
  c('load balancing', ['architecture', 'scaling'], ['load balancer', 'round robin', 'nginx', 'envoy', 'haproxy', 'l7 balancer']),
  c('message queue', ['architecture', 'scaling', 'reliability'], ['queue', 'queued', 'kafka', 'rabbitmq', 'sqs', 'pub/sub', 'pubsub', 'message broker', 'event stream', 'kinesis', 'nats', 'event log']),
  c('idempotency', ['reliability', 'api'], ['idempotent', 'idempotency key', 'dedup', 'deduplicate', 'deduplication', 'exactly once', 'at least once', 'at-least-once']),
  c('rate limiting', ['api', 'reliability'], ['rate limit', 'rate limiter', 'throttle', 'throttling', 'token bucket', 'leaky bucket', 'sliding window', 'quota', '429']),
  c('consistency models', ['trade-offs', 'data model'], ['strong consistency', 'strongly consistent', 'eventual consistency', 'eventually consistent', 'linearizable', 'linearizability', 'read your writes', 'read-after-write', 'causal consistency', 'serializable', 'snapshot isolation', 'cap theorem']),
  c('indexes', ['data model'], ['index', 'indexed', 'secondary index', 'b-tree', 'btree', 'inverted index', 'covering index']),
  c('transactions', ['data model', 'reliability'], ['transaction', 'transactional', 'acid', 'atomic', 'atomically', 'rollback', 'roll back', 'two-phase commit', '2pc', 'saga', 'outbox']),
  c('optimistic concurrency', ['data model', 'reliability'], ['optimistic locking', 'compare-and-set', 'compare-and-swap', 'cas', 'etag', 'if-match', 'version column', 'conditional update', 'conditional write', 'conditional put', 'select for update', 'row lock', 'pessimistic locking']),
  c('retries with backoff', ['reliability'], ['retry', 'retries', 'retried', 'backoff', 'exponential backoff', 'jitter', 'dead letter', 'dead-letter', 'dlq'], [/\bretry-after\b/gi]),
  c('timeouts and circuit breakers', ['reliability'], ['circuit breaker', 'timeout', 'bulkhead', 'fail open', 'fail closed', 'graceful degradation', 'degrade', 'fallback']),
  c('failover', ['reliability'], ['fail over', 'failover', 'leader election', 'standby', 'multi-region', 'disaster recovery', 'backup', 'backups', 'snapshot', 'point-in-time recovery']),
  c('monitoring', ['reliability'], ['alerting', 'alert', 'metrics', 'dashboard', 'tracing', 'slo', 'on-call']),
  c('pagination', ['api'], ['paginate', 'paginated', 'cursor', 'page token', 'next cursor', 'keyset', 'limit & offset']),
  c('status codes', ['api'], ['201', '202', '204', '400', '401', '403', '404', '409', '410', '412', '422', '503', 'status code']),
  c('versioning', ['api'], ['/v1', 'v1', 'api version', 'deprecation', 'backward compatible', 'backwards compatible']),
  c('authentication', ['api'], ['oauth', 'jwt', 'bearer token', 'api key', 'authorization', 'scopes', 'mtls', 'signature']),
  c('persistent connections', ['api', 'architecture'], ['websocket', 'websockets', 'long polling', 'server-sent events', 'sse', 'grpc stream']),
  c('asynchronous processing', ['architecture', 'scaling'], ['asynchronous', 'async', 'asynchronously', 'background job', 'background worker', 'worker', 'workers', 'batch job', 'cron']),
  c('object storage', ['data model', 'architecture'], ['s3', 'object store', 'blob store', 'blob storage', 'gcs']),
  c('storage engine choice', ['data model'], ['cassandra', 'dynamodb', 'postgres', 'postgresql', 'mysql', 'key-value', 'wide-column', 'relational', 'document store', 'mongodb', 'bigtable', 'hbase', 'scylladb', 'time-series', 'elasticsearch', 'sqlite']),
  c('hot keys', ['scaling'], ['hot key', 'hot spot', 'hotspot', 'hot partition', 'celebrity', 'celebrities', 'thundering herd', 'stampede', 'skew']),
  c('horizontal scaling', ['scaling'], ['autoscaling', 'auto-scaling', 'scale out', 'scale horizontally', 'stateless']),
  c('backpressure', ['reliability', 'scaling'], ['load shedding', 'admission control', 'back-pressure']),
  c('denormalization', ['data model', 'trade-offs'], ['denormalize', 'denormalized', 'materialized view', 'precompute', 'precomputed']),
  c('latency target', ['requirements'], ['p99', 'p95', 'p999', 'percentile', 'latency budget', 'sla', 'slo']),
  // Behavioral (STAR)
  c('root cause', ['action', 'reflection'], ['root-cause', 'five whys', 'post-mortem', 'postmortem', 'incident review', 'blameless', 'ruled out', 'diagnosed', 'bisected']),
  c('evidence before deciding', ['action', 'process'], ['benchmark', 'benchmarked', 'prototype', 'spike', 'load test', 'experiment', 'a/b test', 'measured', 'profiled', 'profiling', 'dry run', 'proof of concept']),
  c('explicit trade-off', ['action', 'trade-offs', 'process'], ['trade-off', 'tradeoff', 'instead of', 'rather than', 'alternative', 'rejected', 'pros and cons', 'cut', 'dropped', 'descoped', 'deferred']),
  c('getting buy-in', ['action'], ['buy-in', 'escalated', 'proposal', 'rfc', 'design doc', 'one-pager', 'write-up', 'wrote up', 'agreed', 'convinced', 'presented']),
  c('communicating risk', ['action'], ['flagged', 'status update', 'risk', 'red/amber/green', 'heads-up', 'told my manager', 'told my director']),
  c('prevention', ['action', 'reflection', 'result'], ['added a test', 'regression test', 'alert', 'runbook', 'checklist', 'ci check', 'guardrail', 'guard rail', 'canary', 'lint rule', 'playbook']),
  c('changed behaviour', ['reflection'], ['now i', 'i now', 'next time', 'since then', 'these days', 'i have started', 'i started', 'differently', 'changed how', 'i always', 'from then on']),
  c('personal responsibility', ['task', 'ownership'], ['i owned', 'i was responsible', 'my responsibility', 'i was the', 'i led', 'on call', 'on-call', 'it was my', 'my job', 'mine to', 'i volunteered', 'i took on']),
];

const byName = new Map(SHARED_CONCEPTS.map((s) => [s.name, s]));

export function sharedConcept(name: string): SharedConcept | undefined {
  return byName.get(name.toLowerCase());
}

export function sharedConceptsFor(cls: DimensionClass): SharedConcept[] {
  return SHARED_CONCEPTS.filter((s) => s.classes.includes(cls));
}

/** A concept ready to match: each synonym is one or more phrases that must all occur in one sentence. */
export interface CompiledConcept {
  readonly name: string;
  readonly alternatives: readonly (readonly (readonly string[])[])[];
  readonly unless: readonly RegExp[];
}

function phrase(text: string): string[] {
  // Numbers and codes like 301, /v1, p99 survive as tokens.
  return stems(text.replace(/\//g, ' '));
}

export function compileConcept(concept: Concept): CompiledConcept {
  const shared = byName.get(concept.name.toLowerCase());
  const synonyms = new Set([concept.name, ...concept.synonyms, ...(shared && shared !== concept ? shared.synonyms : [])]);
  const alternatives = [...synonyms].map((s) => s.split('&').map((p) => phrase(p)).filter((p) => p.length > 0)).filter((a) => a.length > 0);
  const unless = [...((concept as SharedConcept).unless ?? []), ...(shared && shared !== concept ? (shared.unless ?? []) : [])];
  return { name: concept.name, alternatives, unless };
}

/**
 * Words that make a number before them a quantity: "400 GB/day" and "500 members" are not the HTTP
 * status codes 400 and 500.
 */
const QUANTITY_UNITS = new Set(
  stems(
    'b byte bytes kb mb gb tb pb kib mib gib bit bits ms us ns s sec secs second seconds min mins minute minutes h hr hour hours day days week month months year years k m bn x percent qps rps tps rpm ops iops user users member members message messages request requests write writes read reads row rows node nodes server servers shard shards partition partitions item items connection connections event events link links file files char chars character characters',
  ),
);

/** Where a phrase occurs in a list of stems (also across a hyphen: "fan-out" meets "fanout"), as word indices. */
function find(sentence: readonly string[], p: readonly string[], blocked: ReadonlySet<number>): number[] | undefined {
  outer: for (let i = 0; i + p.length <= sentence.length; i++) {
    for (let j = 0; j < p.length; j++) if (sentence[i + j] !== p[j] || blocked.has(i + j)) continue outer;
    // A bare number (a status code) followed by a unit is a quantity instead.
    if (p.length === 1 && /^\d+$/.test(p[0]!) && QUANTITY_UNITS.has(sentence[i + 1] ?? '')) continue;
    return Array.from({ length: p.length }, (_, j) => i + j);
  }
  if (p.length === 1) {
    // Two words written apart that make the phrase joined ("fan out" for "fanout"); a number is not
    // the end of a word before it ("2.6M s ≈ 3,900" does not say S3).
    for (let i = 0; i + 1 < sentence.length; i++) {
      if (/^\d/.test(sentence[i + 1]!) || blocked.has(i) || blocked.has(i + 1)) continue;
      if (stem(`${sentence[i]}${sentence[i + 1]}`) === p[0] || `${sentence[i]}${sentence[i + 1]}` === p[0]) return [i, i + 1];
    }
  } else if (p.length === 2) {
    const joined = stem(`${p[0]}${p[1]}`);
    const at = sentence.findIndex((w, i) => w === joined && !blocked.has(i));
    if (at >= 0) return [at];
  }
  return undefined;
}

/**
 * The word indices a concept matched in a sentence (its stems, and its text for the concept's
 * `unless` patterns: words written inside one do not count for it), or undefined.
 */
export function matchConcept(concept: CompiledConcept, sentence: readonly string[], text?: string): number[] | undefined {
  const blocked = new Set<number>();
  if (text !== undefined && concept.unless.length > 0) {
    const spans = wordSpans(text);
    for (const u of concept.unless) {
      for (const m of text.matchAll(u)) spans.forEach((w, i) => w.start >= m.index && w.end <= m.index + m[0].length && blocked.add(i));
    }
  }
  for (const alt of concept.alternatives) {
    const hits: number[] = [];
    let ok = true;
    for (const p of alt) {
      const at = find(sentence, p, blocked);
      if (!at) {
        ok = false;
        break;
      }
      hits.push(...at);
    }
    if (ok) return hits;
  }
  return undefined;
}
