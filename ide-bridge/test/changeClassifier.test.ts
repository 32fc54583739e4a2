import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyChanges, ContentChange, REASON_REDO, REASON_UNDO } from '../src/counting/changeClassifier';

/** A change at `line` replacing `rangeLines` line breaks' worth of text with `text`. */
function change(text: string, opts: { line?: number; rangeLines?: number; rangeLength?: number } = {}): ContentChange {
  const line = opts.line ?? 0;
  return { range: { start: { line }, end: { line: line + (opts.rangeLines ?? 0) } }, rangeLength: opts.rangeLength ?? 0, text };
}

describe('counting edits', () => {
  it('counts one typed character as one keystroke and one character, no lines', () => {
    assert.deepEqual(classifyChanges([change('a')]), { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 1 });
  });

  it('counts Enter as a typed line, with or without auto-indent', () => {
    assert.deepEqual(classifyChanges([change('\n')]), { linesAdded: 1, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 1 });
    assert.deepEqual(classifyChanges([change('\n    ')]), { linesAdded: 1, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 1 });
    assert.equal(classifyChanges([change('\n\t\n')]).generatedAdditions, 0, 'Enter between brackets is still one keystroke');
  });

  it('counts Enter in a CRLF file as one line, not two', () => {
    assert.deepEqual(classifyChanges([change('\r\n')]), { linesAdded: 1, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 1 });
  });

  it('counts a Backspace over a line break (CRLF: rangeLength 2) as one keystroke and one deleted line', () => {
    assert.deepEqual(classifyChanges([change('', { line: 3, rangeLines: 1, rangeLength: 2 })]), {
      linesAdded: 0, linesDeleted: 1, generatedAdditions: 0, keystrokes: 1, characters: 0,
    });
  });

  it('counts a deletion inside a line as a keystroke without lines or characters', () => {
    assert.deepEqual(classifyChanges([change('', { rangeLength: 1 })]), { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 0 });
  });

  it('counts deleting a selection of several lines as one keystroke and its line breaks as deleted', () => {
    const c = classifyChanges([change('', { line: 2, rangeLines: 4, rangeLength: 80 })]);
    assert.equal(c.keystrokes, 1);
    assert.equal(c.linesDeleted, 4);
  });

  it('treats auto-closed pairs and a Tab of spaces as one keystroke each', () => {
    assert.equal(classifyChanges([change('()')]).keystrokes, 1);
    assert.equal(classifyChanges([change('()')]).characters, 1);
    assert.equal(classifyChanges([change('    ')]).keystrokes, 1);
  });

  it('reports a multi-line paste as generated lines with no keystrokes', () => {
    assert.deepEqual(classifyChanges([change('line one\nline two\nline three\n')]), {
      linesAdded: 3, linesDeleted: 0, generatedAdditions: 3, keystrokes: 0, characters: 0,
    });
  });

  it('does not count a single-line paste or an accepted completion as typing', () => {
    assert.deepEqual(classifyChanges([change('someIdentifier')]), { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 0, characters: 0 });
    assert.equal(classifyChanges([change('value', { rangeLength: 4 })]).keystrokes, 0);
  });

  it('counts a CRLF paste by line breaks, not by characters', () => {
    assert.equal(classifyChanges([change('a\r\nb\r\nc\r\n')]).generatedAdditions, 3);
  });

  it('treats undo and redo as not typing, even when they insert one character', () => {
    assert.deepEqual(classifyChanges([change('x')], REASON_UNDO), { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 0, characters: 0 });
    assert.deepEqual(classifyChanges([change('\n')], REASON_REDO), { linesAdded: 1, linesDeleted: 0, generatedAdditions: 1, keystrokes: 0, characters: 0 });
    assert.deepEqual(classifyChanges([change('', { rangeLines: 2, rangeLength: 20 })], REASON_UNDO), {
      linesAdded: 0, linesDeleted: 2, generatedAdditions: 0, keystrokes: 0, characters: 0,
    });
  });

  it('treats a formatter (several different edits at once) as generated', () => {
    const c = classifyChanges([change('  ', { line: 1 }), change('\n', { line: 4 }), change('', { line: 7, rangeLength: 3 })]);
    assert.deepEqual(c, { linesAdded: 1, linesDeleted: 0, generatedAdditions: 1, keystrokes: 0, characters: 0 });
  });

  it('treats a formatter that replaces line ranges as deleted and generated lines', () => {
    const c = classifyChanges([change('a\nb\nc', { line: 0, rangeLines: 2, rangeLength: 9 }), change('d\ne', { line: 5, rangeLines: 1, rangeLength: 6 })]);
    assert.deepEqual(c, { linesAdded: 3, linesDeleted: 3, generatedAdditions: 3, keystrokes: 0, characters: 0 });
  });

  it('treats a large multi-line insert (AI completion, snippet) as generated', () => {
    const block = Array.from({ length: 40 }, (_, i) => `  const v${i} = ${i};`).join('\n') + '\n';
    const c = classifyChanges([change(block)]);
    assert.equal(c.linesAdded, 40);
    assert.equal(c.generatedAdditions, 40);
    assert.equal(c.keystrokes, 0);
  });

  it('counts multi-cursor typing as one keystroke and one character per cursor', () => {
    const c = classifyChanges([change('x', { line: 1 }), change('x', { line: 2 }), change('x', { line: 3 })]);
    assert.deepEqual(c, { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 3 });
  });

  it('counts multi-cursor Enter as typed lines, one per cursor', () => {
    const c = classifyChanges([change('\n', { line: 1 }), change('\n', { line: 5 })]);
    assert.deepEqual(c, { linesAdded: 2, linesDeleted: 0, generatedAdditions: 0, keystrokes: 1, characters: 2 });
  });

  it('counts multi-cursor deletion as one keystroke', () => {
    const c = classifyChanges([change('', { line: 1, rangeLength: 1 }), change('', { line: 2, rangeLength: 1 })]);
    assert.equal(c.keystrokes, 1);
    assert.equal(c.characters, 0);
  });

  it('counts typing over a multi-line selection as a keystroke that deletes lines', () => {
    assert.deepEqual(classifyChanges([change('z', { line: 0, rangeLines: 3, rangeLength: 30 })]), {
      linesAdded: 0, linesDeleted: 3, generatedAdditions: 0, keystrokes: 1, characters: 1,
    });
  });

  it('counts nothing for an event without changes (save, dirty-state flip)', () => {
    assert.deepEqual(classifyChanges([]), { linesAdded: 0, linesDeleted: 0, generatedAdditions: 0, keystrokes: 0, characters: 0 });
  });
});
