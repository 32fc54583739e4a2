/** The part of the built-in `vscode.git` extension's API (version 1) that CodeHabit uses. */
export interface GitRepository {
  readonly rootUri: { readonly fsPath: string };
  readonly state: {
    readonly HEAD?: { readonly name?: string; readonly commit?: string };
    readonly onDidChange: (listener: () => void) => { dispose(): void };
  };
}

export interface GitApi {
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: (listener: (repo: GitRepository) => void) => { dispose(): void };
  getRepository(uri: unknown): GitRepository | null;
}
