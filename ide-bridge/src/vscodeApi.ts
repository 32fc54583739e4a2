import type * as vscodeNs from 'vscode';

/** The `vscode` module, injected everywhere so unit tests can hand in a fake. */
export type VscodeApi = typeof vscodeNs;
