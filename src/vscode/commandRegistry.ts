import * as vscode from 'vscode';
import { Command, type CommandId } from './ids';

// Handlers take whatever their entry point passes (a tree node, a question id, nothing).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandHandler = (...args: any[]) => unknown;

/**
 * The command table's link to its handlers: every feature registers its commands here, by id from
 * the table, and the registry knows which ids have a handler (one each).
 */
export class Commands {
  private readonly handlers = new Map<CommandId, CommandHandler>();

  constructor(private readonly subscriptions: { push(...d: vscode.Disposable[]): unknown }) {}

  register(id: CommandId, handler: CommandHandler): void {
    if (this.handlers.has(id)) throw new Error(`Interview Drills: command ${id} is registered twice`);
    this.handlers.set(id, handler);
    this.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  /** Ids with a handler. */
  handled(): CommandId[] {
    return [...this.handlers.keys()];
  }

  /** Ids in the table that no feature handles: empty once every feature has registered. */
  missing(): CommandId[] {
    return Object.values(Command).filter((id) => !this.handlers.has(id));
  }
}
