import * as http from 'http';
import type { AddressInfo } from 'net';

export type FaultMode =
  | 'ok' | '401' | '404' | '429-then-ok' | '429' | '500' | 'hang' | 'stall' | 'html' | 'malformed' | 'drop' | 'prose'
  /** A 400 whose error message echoes the Authorization header, as some proxies do. */
  | 'echo-400'
  /** A streamed answer that quotes the Authorization header. */
  | 'echo-stream'
  /** 400 MB, sent only as fast as the client reads: a JSON 200, a 400 error, a stream of text, one endless event line. */
  | 'huge-json' | 'huge-400' | 'huge-stream' | 'huge-line'
  /** An event stream whose data is not JSON and quotes the Authorization header. */
  | 'echo-bad-sse'
  /** A 200 that claims JSON but is not. */
  | 'not-json'
  /** A whole chat completion as JSON, for servers that ignore stream: true. */
  | 'not-streamed';

const HUGE_BYTES = 400 * 1024 * 1024;

/** A loopback OpenAI-compatible server (real HTTP, SSE streaming) with fault modes. */
export class FakeOpenAI {
  private server = http.createServer((req, res) => this.handle(req, res));
  requests = 0;
  lastBody = '';
  /** The Authorization header of every request, in order. */
  readonly authorizations: (string | undefined)[] = [];
  /** Bytes of the last huge reply written before the client stopped reading (or all of them). */
  hugeBytesSent = 0;
  /** Whether the client closed the connection before the huge reply was complete. */
  hugeStopped = false;
  answer = JSON.stringify({ summary: 'Solid reasoning.', scores: [{ dimension: 'approach', score: 4, why: 'clear' }], remarks: [{ line: 3, severity: 'actionable', message: 'Say why a hash map beats sorting here.' }] });

  constructor(public mode: FaultMode = 'ok') {}

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      this.requests++;
      this.lastBody = body;
      this.authorizations.push(req.headers.authorization);
      const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      switch (this.mode) {
        case '401':
          return json(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
        case '404':
          return json(404, { error: { message: 'model "llama9" not found, try pulling it first', type: 'not_found' } });
        case '429':
          return json(429, { error: { message: 'Rate limit reached' } }, { 'retry-after': '60' });
        case '429-then-ok':
          if (this.requests === 1) return json(429, { error: { message: 'Rate limit reached' } }, { 'retry-after': '0.05' });
          return this.stream(res, this.answer);
        case '500':
          return json(500, { error: { message: 'boom' } });
        case 'hang':
          return; // never answers
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.end('<!doctype html><html><body>Welcome to nginx</body></html>');
        case 'malformed':
          return this.stream(res, 'Here is my review: it is good {not json at all');
        case 'prose':
          return this.stream(res, `Sure! Here is the review:\n\`\`\`json\n${this.answer.replace('}]}', '},]}')}\n\`\`\`\nHope it helps.`);
        case 'echo-400':
          return json(400, { error: { message: `Invalid header "Authorization: ${req.headers.authorization ?? ''}" for this endpoint`, type: 'invalid_request_error' } });
        case 'echo-stream':
          return this.stream(res, JSON.stringify({ summary: `Your request carried ${req.headers.authorization ?? ''}.`, scores: [], remarks: [{ line: 1, severity: 'informative', message: `key: ${(req.headers.authorization ?? '').replace(/^Bearer /, '')}` }] }));
        case 'echo-bad-sse':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          return void res.end(`data: you sent ${req.headers.authorization ?? ''}\n\ndata: [DONE]\n\n`);
        case 'huge-json':
          return this.huge(res, 200, 'application/json', () => Buffer.alloc(64 * 1024, 'a'));
        case 'huge-400':
          return this.huge(res, 400, 'application/json', () => Buffer.alloc(64 * 1024, 'a'));
        case 'huge-stream': {
          const piece = `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'a'.repeat(64 * 1024) }, finish_reason: null }] })}\n\n`;
          return this.huge(res, 200, 'text/event-stream', () => Buffer.from(piece));
        }
        case 'huge-line':
          return this.huge(res, 200, 'text/event-stream', () => Buffer.alloc(64 * 1024, 'a'), 'data: ');
        case 'not-json':
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end('Thanks for your request! {summary: great work}');
        case 'not-streamed':
          return json(200, { id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: this.answer }, finish_reason: 'stop' }] });
        case 'stall':
          return this.stream(res, this.answer, { stallAfter: 1 });
        case 'drop':
          return this.stream(res, this.answer, { dropAfter: 2 });
        default:
          return this.stream(res, this.answer);
      }
    });
  }

  /** Writes HUGE_BYTES of chunks, only as fast as the client reads, and notes where it was stopped. */
  private huge(res: http.ServerResponse, status: number, type: string, chunk: () => Buffer, prefix = ''): void {
    this.hugeBytesSent = 0;
    this.hugeStopped = false;
    res.writeHead(status, { 'content-type': type });
    let closed = false;
    res.on('close', () => {
      closed = true;
      this.hugeStopped = this.hugeBytesSent < HUGE_BYTES;
    });
    if (prefix) res.write(prefix);
    const data = chunk();
    const pump = (): void => {
      while (!closed && this.hugeBytesSent < HUGE_BYTES) {
        this.hugeBytesSent += data.length;
        if (!res.write(data)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!closed) res.end();
    };
    pump();
  }

  private stream(res: http.ServerResponse, text: string, o: { stallAfter?: number; dropAfter?: number } = {}): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const pieces = text.match(/.{1,20}/gs) ?? [];
    pieces.forEach((p, i) => {
      if (o.stallAfter !== undefined && i >= o.stallAfter) return;
      if (o.dropAfter !== undefined && i === o.dropAfter) {
        setTimeout(() => res.socket?.destroy(), 100);
        return;
      }
      if (o.dropAfter !== undefined && i > o.dropAfter) return;
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })}\n\n`);
    });
    if (o.stallAfter !== undefined || o.dropAfter !== undefined) return;
    res.write('data: [DONE]\n\n');
    res.end();
  }
}
