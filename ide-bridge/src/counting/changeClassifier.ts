/**
 * Turns one document-change event into counts. Only the shape of a change is read (its range and the length and
 * line breaks of its text); the text itself is never kept.
 *
 * Rules (docs/ide-bridge.md explains them for users):
 * - A line is added per inserted line break and deleted per removed line break; edits inside a line change neither.
 * - Typing is an event whose every change is "keystroke-shaped" and identical (multi-cursor typing): one character,
 *   Enter plus auto-indent, an auto-closed pair, a Tab's worth of spaces, or a deletion. It counts one keystroke;
 *   its characters are the characters inserted (one per cursor).
 * - Anything else (paste, undo/redo, formatter, snippet, completion, AI insert) is not typing: no keystrokes, and
 *   the lines it adds are reported as generated.
 */

/** Structural view of vscode.TextDocumentContentChangeEvent: what the classifier needs, nothing more. */
export interface ContentChange {
  readonly range: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
  readonly rangeLength: number;
  readonly text: string;
}

/** vscode.TextDocumentChangeReason: Undo = 1, Redo = 2. */
export const REASON_UNDO = 1;
export const REASON_REDO = 2;

export interface EditCounts {
  readonly linesAdded: number;
  readonly linesDeleted: number;
  /** Of linesAdded, those that were not typed. */
  readonly generatedAdditions: number;
  readonly keystrokes: number;
  readonly characters: number;
}

export const NO_EDIT: EditCounts = { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 0, characters: 0 };

const AUTO_CLOSED_PAIRS = new Set(['()', '[]', '{}', '""', "''", '``', '<>']);
// Enter, with auto-indent; between brackets Enter opens an indented line and moves the closer down (two breaks).
const ENTER_WITH_INDENT = /^(?:(?:\r\n|\n|\r)[ \t]*){1,2}$/;
const TAB_SPACES = /^ {1,8}$/;
const LINE_BREAK = /\r\n|\r|\n/g;

export function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

function isKeystrokeShaped(change: ContentChange): boolean {
  const { text } = change;
  if (text.length === 0) return true; // Backspace, Delete, Ctrl+Backspace, Cut: one action each
  if (text.length === 1) return true;
  return ENTER_WITH_INDENT.test(text) || AUTO_CLOSED_PAIRS.has(text) || TAB_SPACES.test(text);
}

export function classifyChanges(changes: readonly ContentChange[], reason?: number): EditCounts {
  if (changes.length === 0) return NO_EDIT; // dirty-state flips and saves fire empty events
  let linesAdded = 0;
  let linesDeleted = 0;
  for (const c of changes) {
    linesAdded += countLineBreaks(c.text);
    linesDeleted += c.range.end.line - c.range.start.line;
  }
  const undoOrRedo = reason === REASON_UNDO || reason === REASON_REDO;
  const first = changes[0].text;
  const typed = !undoOrRedo && changes.every((c) => c.text === first && isKeystrokeShaped(c));
  if (!typed) {
    return { linesAdded, linesDeleted, generatedAdditions: linesAdded, keystrokes: 0, characters: 0 };
  }
  const characters = first.length === 0 ? 0 : changes.length;
  return { linesAdded, linesDeleted, generatedAdditions: 0, keystrokes: 1, characters };
}

export function addCounts(a: EditCounts, b: EditCounts): EditCounts {
  return {
    linesAdded: a.linesAdded + b.linesAdded,
    linesDeleted: a.linesDeleted + b.linesDeleted,
    generatedAdditions: a.generatedAdditions + b.generatedAdditions,
    keystrokes: a.keystrokes + b.keystrokes,
    characters: a.characters + b.characters,
  };
}

export function isEmpty(c: EditCounts): boolean {
  return c.linesAdded === 0 && c.linesDeleted === 0 && c.keystrokes === 0 && c.characters === 0;
}
