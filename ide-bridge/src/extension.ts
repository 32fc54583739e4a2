import * as vscode from 'vscode';
import { Running, startExtension } from './startExtension';

let running: Running | undefined;

export function activate(context: vscode.ExtensionContext): void {
  running = startExtension(vscode, context);
  context.subscriptions.push(running);
}

export function deactivate(): void {
  running = undefined; // disposed through context.subscriptions
}
