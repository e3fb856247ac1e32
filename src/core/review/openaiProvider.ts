import OpenAI from 'openai';
import type { ChatMessage } from './prompt';

export interface ChatProvider {
  readonly id: string;
  /** Streams a chat completion; resolves with the full text. Rejects with a ProviderError. */
  complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string>;
}

/** A failure the person can act on; `partial` is what had arrived before it. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'model' | 'connection' | 'rate-limit' | 'server' | 'not-compatible' | 'dropped' | 'stalled' | 'deadline' | 'cancelled',
    readonly partial = '',
  ) {
    super(message);
  }
}

export const PRESETS: Readonly<Record<string, { readonly baseUrl: string; readonly model: string; readonly needsKey: boolean }>> = {
  openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', needsKey: true },
  ollama: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', needsKey: false },
  lmstudio: { baseUrl: 'http://localhost:1234/v1', model: 'local-model', needsKey: false },
  openrouter: { baseUrl: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini', needsKey: true },
};

export interface OpenAIProviderOptions {
  readonly baseUrl: string;
  readonly model: string;
  /** Never logged or put in messages. Local servers accept any non-empty key. */
  readonly apiKey?: string;
  readonly maxRetries?: number;
  /** Longest wait honoured from a Retry-After header. */
  readonly maxRetryAfterMs?: number;
  /** A stream that sends nothing for this long is ended. */
  readonly idleMs?: number;
  /** The whole review, retries included, ends by then. */
  readonly deadlineMs?: number;
  readonly fetch?: typeof fetch;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function isLocal(url: string): boolean {
  return /\/\/(localhost|127\.|\[::1\])/.test(url);
}

/** Any OpenAI-compatible chat-completions endpoint, through the `openai` package, streaming. */
export class OpenAIProvider implements ChatProvider {
  readonly id = 'openai';
  private readonly client: OpenAI;

  constructor(private readonly o: OpenAIProviderOptions) {
    // Both are always passed explicitly: the client would otherwise read OPENAI_* from the environment.
    this.client = new OpenAI({
      apiKey: o.apiKey || 'not-needed',
      baseURL: o.baseUrl,
      maxRetries: 0,
      timeout: o.deadlineMs ?? 120_000,
      ...(o.fetch ? { fetch: o.fetch } : {}),
    });
  }

  async complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string> {
    const controller = new AbortController();
    const why: { reason?: ProviderError['kind'] } = {};
    const stop = (reason: ProviderError['kind']): void => {
      why.reason ??= reason;
      controller.abort();
    };
    const onOuterAbort = (): void => stop('cancelled');
    if (opts.signal?.aborted) throw new ProviderError('Review cancelled.', 'cancelled');
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const deadline = setTimeout(() => stop('deadline'), this.o.deadlineMs ?? 120_000);
    const retries = this.o.maxRetries ?? 2;
    let text = '';
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.stream(messages, controller, stop, (t) => {
            text = t;
            opts.onText?.(t);
          });
        } catch (e) {
          if (controller.signal.aborted) throw this.stopped(why.reason ?? 'cancelled', text);
          const retryable = e instanceof OpenAI.RateLimitError || e instanceof OpenAI.InternalServerError || (e instanceof OpenAI.APIConnectionError && !(e instanceof OpenAI.APIConnectionTimeoutError) && !isRefused(e));
          if (!retryable || attempt >= retries) throw this.translate(e, text, attempt);
          const header = e instanceof OpenAI.APIError ? e.headers?.get?.('retry-after') : undefined;
          const asked = header ? Number(header) * 1000 : NaN;
          const wait = Math.min(this.o.maxRetryAfterMs ?? 10_000, Number.isFinite(asked) ? asked : 500 * 2 ** attempt);
          try {
            await sleep(wait, controller.signal);
          } catch {
            throw this.stopped(why.reason ?? 'cancelled', text);
          }
        }
      }
    } finally {
      clearTimeout(deadline);
      opts.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  private async stream(messages: readonly ChatMessage[], controller: AbortController, stop: (r: ProviderError['kind']) => void, onText: (t: string) => void): Promise<string> {
    const { data, response } = await this.client.chat.completions
      .create({ model: this.o.model, messages: messages.map((m) => ({ role: m.role, content: m.content })), stream: true, temperature: 0.2 }, { signal: controller.signal })
      .withResponse();
    const type = response.headers.get('content-type') ?? '';
    if (!/event-stream|json/i.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      throw new ProviderError(`${this.o.baseUrl} answered with ${type || 'no content type'}, not an OpenAI-compatible API. Check the base URL (it usually ends in /v1).`, 'not-compatible');
    }
    let text = '';
    let idle: NodeJS.Timeout | undefined;
    const arm = (): void => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => stop('stalled'), this.o.idleMs ?? 30_000);
    };
    arm();
    try {
      for await (const chunk of data) {
        arm();
        const delta = chunk.choices?.[0]?.delta?.content ?? '';
        if (delta) {
          text += delta;
          onText(text);
        }
      }
    } catch (e) {
      if (controller.signal.aborted) throw e;
      throw new ProviderError(`The connection to ${this.o.baseUrl} dropped mid-answer after ${text.length} characters; what arrived is shown.`, 'dropped', text);
    } finally {
      if (idle) clearTimeout(idle);
    }
    if (controller.signal.aborted) throw new Error('aborted');
    return text;
  }

  private stopped(reason: ProviderError['kind'], partial: string): ProviderError {
    if (reason === 'stalled') return new ProviderError(`The model stopped sending for ${Math.round((this.o.idleMs ?? 30_000) / 1000)} s; what arrived (${partial.length} characters) is shown.`, 'stalled', partial);
    if (reason === 'deadline') return new ProviderError(`The review took longer than ${Math.round((this.o.deadlineMs ?? 120_000) / 1000)} s and was stopped; what arrived is shown.`, 'deadline', partial);
    return new ProviderError('Review cancelled.', 'cancelled', partial);
  }

  private translate(e: unknown, partial: string, attempt: number): ProviderError {
    if (e instanceof ProviderError) return e;
    const url = this.o.baseUrl;
    if (e instanceof OpenAI.AuthenticationError || e instanceof OpenAI.PermissionDeniedError) {
      return new ProviderError(`${url} rejected the API key (${e.status}). Run "Interview Drills: Set API Key" to store a valid key${isLocal(url) ? ', or check the server\'s settings' : ''}.`, 'auth', partial);
    }
    if (e instanceof OpenAI.NotFoundError) {
      const ollama = /11434|ollama/i.test(url);
      return new ProviderError(`Model "${this.o.model}" was not found at ${url}.${ollama ? ` Download it with: ollama pull ${this.o.model}` : ' Check the interviewDrills.review.model setting.'}`, 'model', partial);
    }
    if (e instanceof OpenAI.RateLimitError) return new ProviderError(`${url} is rate-limiting requests (429); tried ${attempt + 1} time(s). Try again in a minute.`, 'rate-limit', partial);
    if (e instanceof OpenAI.InternalServerError) return new ProviderError(`${url} failed with ${e.status} after ${attempt + 1} attempt(s). Try again later.`, 'server', partial);
    if (e instanceof OpenAI.APIConnectionError) return new ProviderError(`Could not connect to ${url}. Is the server running there?${isLocal(url) ? ' (For Ollama: "ollama serve"; for LM Studio: start the local server.)' : ''}`, 'connection', partial);
    if (e instanceof OpenAI.APIError) {
      if (e.status === undefined || /json|parse|unexpected token/i.test(e.message)) return new ProviderError(`${url} did not answer like an OpenAI-compatible API. Check the base URL.`, 'not-compatible', partial);
      return new ProviderError(`${url} answered ${e.status}: ${e.message.slice(0, 200)}`, 'server', partial);
    }
    if (e instanceof SyntaxError) return new ProviderError(`${url} did not answer like an OpenAI-compatible API. Check the base URL.`, 'not-compatible', partial);
    return new ProviderError(`The review request failed: ${(e as Error).message}`, 'connection', partial);
  }
}

function isRefused(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string; cause?: { code?: string } } }).cause;
  const code = cause?.code ?? cause?.cause?.code;
  return code === 'ECONNREFUSED';
}
