import * as vscode from 'vscode';
import { Disposable } from './lifecycle';

/** A question asked of the interviewer and the answer, kept for the prompt tab. */
export interface AskedQuestion {
  readonly question: string;
  readonly answer: string;
  readonly fromModel: boolean;
  readonly at: number;
}

/** What Measure Complexity found, kept for the CodeLens line and the reviewer. */
export interface MeasuredComplexity {
  readonly cls?: string;
  readonly claimed?: string;
  readonly agrees?: boolean;
  readonly message: string;
  readonly at: number;
}

/** An offer to finish and rate the drill, with what earned it ("All 12 cases pass") and the attempt it names. */
export interface FinishOffer {
  readonly reason: string;
  readonly at: number;
  /** The solution file and language of the attempt, so the offer finishes that attempt even after another drill started. */
  readonly solution: string;
  readonly language: string;
  readonly startedAt?: number;
  /** For a pass of tests: a fingerprint of the code that passed (outside comments), so an edit withholds the offer, also after a reload. */
  readonly code?: string;
}

/** Everything a person may need to read again about one drill's current attempt. */
export interface JournalEntry {
  /** Hidden cases whose input was revealed during this attempt (recorded with it). */
  readonly revealed: readonly string[];
  readonly asked: readonly AskedQuestion[];
  readonly measured?: MeasuredComplexity;
  readonly offer?: FinishOffer;
}

const EMPTY: JournalEntry = { revealed: [], asked: [] };
const KEY = (questionId: string): string => `journal:${questionId}`;
/** Answers kept per drill: the newest ones. */
const MAX_ASKED = 30;

/**
 * Per-drill notes that outlive toasts and window reloads: what the interviewer answered, what was
 * measured, which hidden inputs were revealed, whether the drill is ready to be finished.
 */
export class DrillJournal extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<string>());
  /** Fires with the question id whose entry changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {
    super();
  }

  get(questionId: string): JournalEntry {
    const raw = this.memento.get<Partial<JournalEntry>>(KEY(questionId));
    if (!raw || typeof raw !== 'object') return EMPTY;
    return {
      revealed: Array.isArray(raw.revealed) ? raw.revealed.filter((x): x is string => typeof x === 'string') : [],
      asked: Array.isArray(raw.asked) ? raw.asked.filter((x) => typeof x?.question === 'string' && typeof x.answer === 'string') : [],
      ...(raw.measured && typeof raw.measured.message === 'string' ? { measured: raw.measured } : {}),
      ...(raw.offer && typeof raw.offer.reason === 'string' ? { offer: raw.offer } : {}),
    };
  }

  private async update(questionId: string, change: (e: JournalEntry) => JournalEntry): Promise<void> {
    await this.memento.update(KEY(questionId), change(this.get(questionId)));
    this.changed.fire(questionId);
  }

  reveal(questionId: string, caseName: string): Promise<void> {
    return this.update(questionId, (e) => (e.revealed.includes(caseName) ? e : { ...e, revealed: [...e.revealed, caseName] }));
  }

  ask(questionId: string, asked: AskedQuestion): Promise<void> {
    return this.update(questionId, (e) => ({ ...e, asked: [...e.asked, asked].slice(-MAX_ASKED) }));
  }

  measure(questionId: string, measured: MeasuredComplexity): Promise<void> {
    return this.update(questionId, (e) => ({ ...e, measured }));
  }

  offer(questionId: string, offer: FinishOffer | undefined): Promise<void> {
    return this.update(questionId, ({ offer: _old, ...rest }) => (offer ? { ...rest, offer } : rest));
  }

  /** The attempt was recorded: what belonged to it (reveals, the offer) starts over; the interviewer's answers stay. */
  endAttempt(questionId: string): Promise<void> {
    return this.update(questionId, (e) => ({ revealed: [], asked: e.asked, ...(e.measured ? { measured: e.measured } : {}) }));
  }
}
