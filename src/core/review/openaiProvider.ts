import type OpenAIClient from 'openai';
import type { ChatMessage } from './prompt';

type Sdk = typeof OpenAIClient;

export interface ChatProvider {
  readonly id: string;
  /** Streams a chat completion; resolves with the full text. Rejects with a ProviderError. */
  complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string>;
}

/** A failure the person can act on; `partial` is what had arrived before it. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'model' | 'connection' | 'rate-limit' | 'server' | 'not-compatible' | 'dropped' | 'stalled' | 'deadline' | 'cancelled' | 'too-large',
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
  /**
   * Largest reply read: the answer's text, or a whole body that is not a stream (an error, a JSON
   * completion). A stream's framing may take STREAM_FRAMING times as much. Past it the request is stopped.
   */
  readonly maxReplyBytes?: number;
  readonly fetch?: typeof fetch;
}

export const MAX_REPLY_BYTES = 1024 * 1024;
/** Server-sent events wrap each few characters of text in ~200 bytes of JSON. */
const STREAM_FRAMING = 8;
const REDACTED = '[redacted]';

/**
 * Removes the key from a text so that it appears in no error, partial answer, log or output. With
 * `bearer`, any bearer token goes too: for what a server sends back about the request (an error
 * echoing the Authorization header), not for a model's answer, which may well discuss bearer tokens.
 */
export function redactSecret(text: string, secret: string | undefined, opts: { bearer?: boolean } = {}): string {
  let out = opts.bearer ? text.replace(/\b(Bearer\s+)[^\s"',;]+/gi, `$1${REDACTED}`) : text;
  if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
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

  constructor(private readonly o: OpenAIProviderOptions) {}

  private get maxReply(): number {
    return this.o.maxReplyBytes ?? MAX_REPLY_BYTES;
  }

  /** One client per request, so its fetch can stop that request when a reply grows past the cap. */
  private client(OpenAI: Sdk, stop: (r: ProviderError['kind']) => void): OpenAIClient {
    // Key and URL are always passed explicitly: the client would otherwise read OPENAI_* from the
    // environment. Its own logging is off: it would print what a server sent.
    return new OpenAI({
      apiKey: this.o.apiKey || 'not-needed',
      baseURL: this.o.baseUrl,
      maxRetries: 0,
      timeout: this.o.deadlineMs ?? 120_000,
      logLevel: 'off',
      fetch: this.cappedFetch(stop),
    });
  }

  /** fetch whose response bodies end (and whose request is aborted) once they pass the reply cap. */
  private cappedFetch(stop: (r: ProviderError['kind']) => void): typeof fetch {
    const base = this.o.fetch ?? fetch;
    return async (input, init) => {
      const res = await base(input, init);
      if (!res.body || [101, 204, 205, 304].includes(res.status)) return res;
      const stream = /event-stream/i.test(res.headers.get('content-type') ?? '');
      const cap = stream ? this.maxReply * STREAM_FRAMING : this.maxReply;
      const declared = Number(res.headers.get('content-length') ?? NaN);
      const reader = res.body.getReader();
      const maxLine = this.maxReply;
      let seen = 0;
      let line = 0;
      const tooLarge = (): Error => {
        stop('too-large');
        void reader.cancel().catch(() => undefined);
        return new Error('reply too large');
      };
      if (declared > cap) throw tooLarge();
      const body = new ReadableStream<Uint8Array>({
        async pull(ctrl) {
          const { done, value } = await reader.read();
          if (done) return ctrl.close();
          seen += value.byteLength;
          // One event line cannot carry more than the reply cap either (and the stream parser rescans a growing line).
          const nl = stream ? value.lastIndexOf(10) : -1;
          line = nl >= 0 ? value.byteLength - nl - 1 : line + value.byteLength;
          if (seen > cap || (stream && line > maxLine)) return ctrl.error(tooLarge());
          ctrl.enqueue(value);
        },
        cancel(reason) {
          return reader.cancel(reason);
        },
      });
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
  }

  async complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string> {
    try {
      const text = await this.request(messages, { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onText ? { onText: (t: string) => opts.onText?.(this.redact(t)) } : {}) });
      return this.redact(text);
    } catch (e) {
      if (e instanceof ProviderError) throw new ProviderError(this.redact(e.message, true), e.kind, this.redact(e.partial));
      throw new ProviderError(this.redact(`The review request failed: ${(e as Error).message}`, true), 'connection');
    }
  }

  private redact(text: string, bearer = false): string {
    return redactSecret(text, this.o.apiKey, { bearer });
  }

  private async request(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string> {
    // The `openai` package loads with the first request, not when the CLI or the extension starts.
    const { default: OpenAI } = await import('openai');
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
    const client = this.client(OpenAI, stop);
    let text = '';
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.stream(client, messages, controller, stop, (t) => {
            text = t;
            opts.onText?.(t);
          });
        } catch (e) {
          if (controller.signal.aborted) throw this.stopped(why.reason ?? 'cancelled', text);
          const retryable = e instanceof OpenAI.RateLimitError || e instanceof OpenAI.InternalServerError || (e instanceof OpenAI.APIConnectionError && !(e instanceof OpenAI.APIConnectionTimeoutError) && !isRefused(e));
          if (!retryable || attempt >= retries) throw this.translate(OpenAI, e, text, attempt);
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

  private async stream(client: OpenAIClient, messages: readonly ChatMessage[], controller: AbortController, stop: (r: ProviderError['kind']) => void, onText: (t: string) => void): Promise<string> {
    const { data, response } = await client.chat.completions
      .create({ model: this.o.model, messages: messages.map((m) => ({ role: m.role, content: m.content })), stream: true, temperature: 0.2 }, { signal: controller.signal })
      .withResponse();
    const type = response.headers.get('content-type') ?? '';
    if (!/event-stream/i.test(type)) {
      if (/json/i.test(type)) return this.wholeCompletion(await response.text(), onText);
      void response.body?.cancel().catch(() => undefined);
      throw new ProviderError(`${this.o.baseUrl} answered with ${type || 'no content type'}, not an OpenAI-compatible API. Check the base URL (it usually ends in /v1).`, 'not-compatible');
    }
    let text = '';
    let bytes = 0;
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
          bytes += Buffer.byteLength(delta);
          if (bytes > this.maxReply) {
            stop('too-large');
            throw new Error('reply too large');
          }
          onText(text);
        }
      }
    } catch (e) {
      if (controller.signal.aborted) throw e;
      if (e instanceof SyntaxError) throw new ProviderError(`${this.o.baseUrl} sent a stream that is not in the OpenAI format, so the answer cannot be read. Check the base URL.`, 'not-compatible', text);
      throw new ProviderError(`The connection to ${this.o.baseUrl} dropped mid-answer after ${text.length} characters; what arrived is shown.`, 'dropped', text);
    } finally {
      if (idle) clearTimeout(idle);
    }
    if (controller.signal.aborted) throw new Error('aborted');
    return text;
  }

  /** A server that ignores `stream: true` and sends the whole completion as JSON is read as one. */
  private wholeCompletion(body: string, onText: (t: string) => void): string {
    let data: unknown;
    try {
      data = JSON.parse(body) as unknown;
    } catch {
      throw new ProviderError(`${this.o.baseUrl} answered with a body that is neither a stream nor JSON, so the answer cannot be read. Check the base URL (it usually ends in /v1).`, 'not-compatible');
    }
    const content = (data as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new ProviderError(`${this.o.baseUrl} answered with JSON that is not a chat completion, so the answer cannot be read. Check the base URL.`, 'not-compatible');
    if (Buffer.byteLength(content) > this.maxReply) throw new ProviderError(this.tooLargeMessage(), 'too-large');
    onText(content);
    return content;
  }

  private tooLargeMessage(): string {
    return `${this.o.baseUrl} sent a reply larger than ${megabytes(this.maxReply)}; it was stopped there. Check the base URL and the model.`;
  }

  private stopped(reason: ProviderError['kind'], partial: string): ProviderError {
    if (reason === 'stalled') return new ProviderError(`The model stopped sending for ${Math.round((this.o.idleMs ?? 30_000) / 1000)} s; what arrived (${partial.length} characters) is shown.`, 'stalled', partial);
    if (reason === 'deadline') return new ProviderError(`The review took longer than ${Math.round((this.o.deadlineMs ?? 120_000) / 1000)} s and was stopped; what arrived is shown.`, 'deadline', partial);
    if (reason === 'too-large') return new ProviderError(this.tooLargeMessage(), 'too-large', partial.slice(0, 4000));
    return new ProviderError('Review cancelled.', 'cancelled', partial);
  }

  private translate(OpenAI: Sdk, e: unknown, partial: string, attempt: number): ProviderError {
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
