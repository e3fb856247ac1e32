import { KINDS } from '../kinds';
import { TOPIC_TITLES, type Question } from '../model';

/** The words a question can be found by: title, id, difficulty, kind, topic and tags. */
export function searchText(q: Question): string {
  return [q.title, q.id, q.difficulty, KINDS[q.kind].label, q.kind, q.topic, TOPIC_TITLES[q.topic], ...q.tags].join(' ').toLowerCase();
}

/**
 * Whether every word of the query is found somewhere in what describes the question, in any order:
 * "easy stack" finds easy drills tagged or titled stack; an empty query finds everything.
 */
export function matchesQuery(q: Question, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(q);
  return words.every((w) => text.includes(w));
}
