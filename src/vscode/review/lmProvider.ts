import * as vscode from 'vscode';
import { ProviderError, type ChatProvider } from '../../core/review';
import type { ChatMessage } from '../../core/review/prompt';

/** VS Code's Language Model API (e.g. Copilot's models); VS Code asks the person for consent. */
export class LanguageModelProvider implements ChatProvider {
  readonly id = 'vscode-lm';

  constructor(private readonly family?: string) {}

  async complete(messages: readonly ChatMessage[], opts: { signal?: AbortSignal; onText?: (soFar: string) => void }): Promise<string> {
    const models = await vscode.lm.selectChatModels(this.family ? { family: this.family } : {});
    const model = models[0];
    if (!model) throw new ProviderError('No VS Code language model is available. Install and sign in to an extension that provides one (for example GitHub Copilot), or choose the "offline" or "openai" review provider.', 'model');
    const cts = new vscode.CancellationTokenSource();
    const onAbort = (): void => cts.cancel();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const prompt = messages.map((m) => (m.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(m.content) : vscode.LanguageModelChatMessage.User(m.content)));
    let text = '';
    try {
      const response = await model.sendRequest(prompt, { justification: 'Interview Drills reviews the reasoning in your drill solution.' }, cts.token);
      for await (const part of response.text) {
        text += part;
        opts.onText?.(text);
      }
      return text;
    } catch (e) {
      if (opts.signal?.aborted) throw new ProviderError('Review cancelled.', 'cancelled', text);
      if (e instanceof vscode.LanguageModelError) {
        if (e.code === vscode.LanguageModelError.NoPermissions.name) throw new ProviderError('Permission to use the language model was not given. Run the review again and allow it, or choose another provider.', 'auth', text);
        if (e.code === vscode.LanguageModelError.NotFound.name) throw new ProviderError(`The language model "${model.name}" is not available.`, 'model', text);
      }
      throw new ProviderError(`The language model failed: ${(e as Error).message}`, text ? 'dropped' : 'server', text);
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      cts.dispose();
    }
  }
}
