import * as http from 'http';
import type { AddressInfo } from 'net';

export type FaultMode = 'ok' | '401' | '404' | '429-then-ok' | '429' | '500' | 'hang' | 'stall' | 'html' | 'malformed' | 'drop' | 'prose';

/** A loopback OpenAI-compatible server (real HTTP, SSE streaming) with fault modes. */
export class FakeOpenAI {
  private server = http.createServer((req, res) => this.handle(req, res));
  requests = 0;
  lastBody = '';
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
        case 'stall':
          return this.stream(res, this.answer, { stallAfter: 1 });
        case 'drop':
          return this.stream(res, this.answer, { dropAfter: 2 });
        default:
          return this.stream(res, this.answer);
      }
    });
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
