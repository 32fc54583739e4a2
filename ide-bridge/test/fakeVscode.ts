import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { VscodeApi } from '../src/vscodeApi';

/** A minimal event emitter with VS Code's shape: `event(listener)` returns a disposable. */
export class Emitter<T> {
  private listeners: ((e: T) => void)[] = [];
  readonly event = (l: (e: T) => void) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
}

export interface FakeDoc {
  uri: { scheme: string; fsPath: string; toString(): string };
  languageId: string;
  lineCount: number;
  isDirty: boolean;
}

export const fileUri = (p: string, scheme = 'file') => ({ scheme, fsPath: p, toString: () => `${scheme}://${p}` });

export function doc(p: string, languageId = 'typescript', scheme = 'file'): FakeDoc {
  return { uri: fileUri(p, scheme), languageId, lineCount: 10, isDirty: true };
}

/**
 * The parts of the `vscode` module the extension uses, driven by tests: fire editor events, read what the
 * status bar shows and which notifications appeared. Only the editor is faked; HTTP, disk and git are real.
 */
export class FakeVscode {
  readonly onDidChangeTextDocument = new Emitter<unknown>();
  readonly onDidSaveTextDocument = new Emitter<unknown>();
  readonly onDidChangeActiveTextEditor = new Emitter<unknown>();
  readonly onDidChangeTextEditorSelection = new Emitter<unknown>();
  readonly onDidChangeWindowState = new Emitter<{ focused: boolean }>();
  readonly onDidStartDebugSession = new Emitter<unknown>();
  readonly onDidTerminateDebugSession = new Emitter<unknown>();
  readonly onDidStartTask = new Emitter<unknown>();
  readonly onDidEndTask = new Emitter<unknown>();
  readonly commandHandlers = new Map<string, (...args: unknown[]) => unknown>();
  readonly messages: string[] = [];
  readonly executed: unknown[][] = [];
  readonly statusItem = { text: '', name: '', tooltip: '' as unknown, command: '' as unknown, accessibilityInformation: undefined as unknown, show: () => undefined, dispose: () => undefined };
  settings: Record<string, unknown> = {};
  folders: { name: string; uri: ReturnType<typeof fileUri> }[] = [];
  activeEditor: { document: FakeDoc; selection: { active: { line: number; character: number } } } | undefined;
  windowState = { focused: true, active: true };
  answerMessage: (message: string, items: string[]) => string | undefined = () => undefined;

  api(): VscodeApi {
    const self = this;
    const api = {
      version: '1.100.3',
      env: { appName: 'Fake Code' },
      StatusBarAlignment: { Left: 1, Right: 2 },
      Uri: { file: (p: string) => fileUri(p) },
      workspace: {
        onDidChangeTextDocument: this.onDidChangeTextDocument.event,
        onDidSaveTextDocument: this.onDidSaveTextDocument.event,
        onDidChangeWorkspaceFolders: new Emitter<unknown>().event,
        onDidChangeConfiguration: new Emitter<unknown>().event,
        get workspaceFolders() {
          return self.folders;
        },
        getWorkspaceFolder: (uri: { fsPath: string }) => self.folders.find((f) => uri.fsPath === f.uri.fsPath || uri.fsPath.startsWith(f.uri.fsPath + path.sep)),
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => (key in self.settings ? self.settings[key] : fallback) }),
      },
      window: {
        onDidChangeActiveTextEditor: this.onDidChangeActiveTextEditor.event,
        onDidChangeTextEditorSelection: this.onDidChangeTextEditorSelection.event,
        onDidChangeWindowState: this.onDidChangeWindowState.event,
        get activeTextEditor() {
          return self.activeEditor;
        },
        get visibleTextEditors() {
          return self.activeEditor ? [self.activeEditor] : [];
        },
        get state() {
          return self.windowState;
        },
        createOutputChannel: () => ({ appendLine: () => undefined, dispose: () => undefined }),
        createStatusBarItem: () => this.statusItem,
        showInformationMessage: async (m: string, ...items: string[]) => (self.messages.push(m), self.answerMessage(m, items)),
        showWarningMessage: async (m: string, ...items: string[]) => (self.messages.push(m), self.answerMessage(m, items)),
        showQuickPick: async (items: string[]) => items[0],
      },
      debug: { onDidStartDebugSession: this.onDidStartDebugSession.event, onDidTerminateDebugSession: this.onDidTerminateDebugSession.event },
      tasks: { onDidStartTask: this.onDidStartTask.event, onDidEndTask: this.onDidEndTask.event },
      commands: {
        registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => (self.commandHandlers.set(id, fn), { dispose: () => self.commandHandlers.delete(id) }),
        executeCommand: async (...args: unknown[]) => void self.executed.push(args),
      },
      extensions: { getExtension: () => undefined },
    };
    return api as unknown as VscodeApi;
  }

  /** Opens a document in the editor, as clicking it in the explorer does. */
  open(d: FakeDoc): void {
    this.activeEditor = { document: d, selection: { active: { line: 0, character: 0 } } };
    this.onDidChangeActiveTextEditor.fire(this.activeEditor);
  }

  /** Types text into a document as VS Code reports it: one change per character, Enter as a line break. */
  type(d: FakeDoc, text: string, line = 0): void {
    let l = line;
    for (const ch of text) {
      this.change(d, [{ range: { start: { line: l }, end: { line: l } }, rangeLength: 0, text: ch }]);
      if (ch === '\n') l++;
    }
  }

  change(d: FakeDoc, contentChanges: unknown[], reason?: number): void {
    this.onDidChangeTextDocument.fire({ document: d, contentChanges, reason });
  }

  async run(command: string, ...args: unknown[]): Promise<unknown> {
    const h = this.commandHandlers.get(command);
    if (!h) throw new Error(`no command ${command}`);
    return h(...args);
  }
}

/** An ExtensionContext with an in-memory global state and a real global storage dir. */
export function fakeContext(storageDir: string): ExtensionContext {
  const state = new Map<string, unknown>();
  return {
    subscriptions: [],
    globalStorageUri: fileUri(storageDir),
    globalState: { get: (k: string) => state.get(k), update: async (k: string, v: unknown) => void state.set(k, v), keys: () => [...state.keys()] },
    extension: { packageJSON: { version: '0.1.0-test' } },
  } as unknown as ExtensionContext;
}
