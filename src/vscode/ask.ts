import * as vscode from 'vscode';
import { Disposable } from './lifecycle';

export interface Choice<T> {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  readonly value: T;
}

type Item = vscode.QuickPickItem & { readonly choice: Choice<unknown> };

interface Open {
  readonly title: string;
  readonly pick: vscode.QuickPick<Item>;
  /** The item `answer` chose: accepted even if VS Code has not yet made it the active one. */
  chosen?: Item;
}

/**
 * Questions the extension asks the person, as quick picks (they stay until answered, unlike a toast).
 * The question on screen is visible to tests, which answer it through VS Code's own accept command.
 */
export class Ask extends Disposable {
  private open: Open | undefined;
  private readonly asked = this._register(new vscode.EventEmitter<string>());
  /** Fires with the title of each question as it is shown. */
  readonly onDidAsk = this.asked.event;

  /** Shows a question and resolves with the chosen value, or undefined when dismissed. */
  choose<T>(title: string, choices: readonly Choice<T>[], placeholder?: string): Promise<T | undefined> {
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = title;
    if (placeholder) pick.placeholder = placeholder;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    pick.items = choices.map((c) => ({ label: c.label, ...(c.description ? { description: c.description } : {}), ...(c.detail ? { detail: c.detail } : {}), choice: c }));
    const open: Open = { title, pick };
    this.open = open;
    return new Promise<T | undefined>((resolve) => {
      let done = false;
      const finish = (value: T | undefined): void => {
        if (done) return;
        done = true;
        if (this.open === open) this.open = undefined;
        subs.forEach((s) => s.dispose());
        pick.dispose();
        resolve(value);
      };
      const subs = [
        pick.onDidAccept(() => finish((open.chosen ?? pick.selectedItems[0])?.choice.value as T | undefined)),
        pick.onDidHide(() => finish(undefined)),
      ];
      pick.show();
      this.asked.fire(title);
    });
  }

  /** The question on screen: its title, the labels of its choices and the text in its input box. */
  get current(): { readonly title: string; readonly labels: readonly string[]; readonly placeholder: string } | undefined {
    return this.open ? { title: this.open.title, labels: this.open.pick.items.map((i) => i.label), placeholder: this.open.pick.placeholder ?? '' } : undefined;
  }

  /** Answers the question on screen by choosing the item with this label, as Enter on it would. */
  async answer(label: string): Promise<void> {
    const open = this.open;
    const item = open?.pick.items.find((i) => i.label === label);
    if (!open || !item) throw new Error(`no question on screen offers "${label}" (${open ? open.pick.items.map((i) => i.label).join(', ') : 'none open'})`);
    // Making it active reaches the window asynchronously: an accept that overtook it would take the
    // first item, so the accept takes the chosen one.
    open.chosen = item;
    open.pick.activeItems = [item];
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
}
