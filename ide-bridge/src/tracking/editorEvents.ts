import type { Disposable, TextDocument } from 'vscode';
import { classifyChanges } from '../counting/changeClassifier';
import { VscodeApi } from '../vscodeApi';
import { ActivityTracker } from './activityTracker';
import { CategoryState } from './categoryState';
import { FileContext } from './fileContext';

/** Measured in code-server: the dirty flag of the first edit after a save follows within a few ms. */
const DIRTY_SETTLE_MS = 250;

/**
 * Translates VS Code's editor, window, debug and task events into tracker calls. Only metadata is read from
 * documents (uri, language, line count, cursor); never their text.
 */
export function subscribeEditorEvents(
  vscode: VscodeApi,
  tracker: ActivityTracker,
  files: FileContext,
  categories: CategoryState,
  onActivity: () => void,
): Disposable[] {
  const { window, workspace } = vscode;
  const editorOf = (doc: TextDocument) => window.visibleTextEditors.find((e) => e.document === doc);
  const snapshot = (doc: TextDocument) => files.snapshot(doc, editorOf(doc));
  const activeSnapshot = () => {
    const ed = window.activeTextEditor;
    return ed && files.isTracked(ed.document) ? files.snapshot(ed.document, ed) : undefined;
  };
  const touchActive = () => {
    const s = activeSnapshot();
    if (s) tracker.touch(s);
  };

  // Changes that arrived while their document read as clean, waiting for the verdict: edit or reload.
  const undecided = new Map<TextDocument, Array<() => void>>();
  const countUndecided = (doc: TextDocument) => {
    const counts = undecided.get(doc) ?? [];
    undecided.delete(doc);
    counts.forEach((count) => count());
  };

  return [
    workspace.onDidChangeTextDocument((e) => {
      // Empty change lists come with saves and dirty-state flips.
      if (!files.isTracked(e.document) || e.contentChanges.length === 0) return;
      const count = () => {
        tracker.edit(snapshot(e.document), classifyChanges(e.contentChanges, e.reason));
        onActivity();
      };
      if (e.document.isDirty) {
        count();
        return;
      }
      // A change that leaves a document clean is the file being reloaded from disk (checkout, pull, another
      // program), not an edit. The first edit after opening or saving a file also arrives while the document
      // still reads as clean: its dirty flag follows a moment later, so decide then — or at a save before then,
      // which proves it was an edit (a quick Enter, a few keys and Ctrl+S left the flag clean again).
      const waiting = undecided.get(e.document) ?? [];
      waiting.push(count);
      undecided.set(e.document, waiting);
      setTimeout(() => {
        const still = undecided.get(e.document);
        if (!still?.includes(count)) return;
        still.splice(still.indexOf(count), 1);
        if (still.length === 0) undecided.delete(e.document);
        if (e.document.isDirty) count();
      }, DIRTY_SETTLE_MS);
    }),
    workspace.onDidSaveTextDocument((doc) => {
      if (!files.isTracked(doc)) return;
      countUndecided(doc);
      tracker.save(snapshot(doc));
    }),
    window.onDidChangeActiveTextEditor((ed) => {
      if (ed && files.isTracked(ed.document)) tracker.switchTo(files.snapshot(ed.document, ed));
    }),
    window.onDidChangeTextEditorSelection((e) => {
      // kind is undefined for selections set by extensions; only the user's cursor moves are activity.
      if (e.kind !== undefined && files.isTracked(e.textEditor.document) && window.state.focused) {
        tracker.touch(files.snapshot(e.textEditor.document, e.textEditor));
        onActivity();
      }
    }),
    window.onDidChangeWindowState((s) => {
      if (s.focused) tracker.focus(activeSnapshot());
      else tracker.blur();
    }),
    vscode.debug.onDidStartDebugSession(() => {
      categories.debugStarted();
      touchActive();
    }),
    vscode.debug.onDidTerminateDebugSession(() => {
      categories.debugEnded();
      touchActive();
    }),
    vscode.tasks.onDidStartTask((e) => {
      categories.taskStarted(e.execution, e.execution.task.isBackground);
      touchActive();
    }),
    vscode.tasks.onDidEndTask((e) => {
      categories.taskEnded(e.execution);
      touchActive();
    }),
  ];
}

/** The file in front of the user when tracking starts. */
export function initialSnapshot(vscode: VscodeApi, files: FileContext) {
  const ed = vscode.window.activeTextEditor;
  return ed && files.isTracked(ed.document) ? files.snapshot(ed.document, ed) : undefined;
}
