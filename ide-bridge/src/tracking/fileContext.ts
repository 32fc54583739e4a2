import * as path from 'path';
import type { TextDocument, TextEditor } from 'vscode';
import { languageName } from '../counting/languages';
import { GitApi } from '../git/gitApi';
import { branchFromHead, RepoLocator } from '../git/repoLocator';
import { VscodeApi } from '../vscodeApi';
import { FileSnapshot } from './activityTracker';

/**
 * Describes a document for a heartbeat: language display name, project and branch. The project is the workspace
 * folder's name; in a multi-root workspace, the name of the file's git root (folders are often parts of one repo).
 * The branch comes from the git extension's repository *of this file*, else from that repository's HEAD file.
 */
export class FileContext {
  constructor(
    private readonly vscode: VscodeApi,
    private readonly repos: RepoLocator,
    private readonly git: () => GitApi | undefined,
  ) {}

  /** Only real files on disk: not git: copies, output panes, settings or untitled buffers. */
  isTracked(doc: TextDocument): boolean {
    return doc.uri.scheme === 'file';
  }

  snapshot(doc: TextDocument, editor?: TextEditor): FileSnapshot {
    const entity = doc.uri.fsPath;
    const repo = this.repos.find(entity);
    const active = editor?.selection?.active;
    return {
      entity,
      language: languageName(doc.languageId),
      project: this.project(doc, repo?.root),
      branch: this.git()?.getRepository(doc.uri)?.state.HEAD?.name ?? (repo ? branchFromHead(repo.gitDir) : undefined),
      lines: doc.lineCount,
      lineno: active ? active.line + 1 : undefined,
      cursorpos: active ? active.character + 1 : undefined,
    };
  }

  /** The project a repository root belongs to, with the same rules as files. */
  projectOfRepo(root: string): string {
    const folders = this.vscode.workspace.workspaceFolders ?? [];
    return folders.length === 1 ? folders[0].name : path.basename(root);
  }

  private project(doc: TextDocument, repoRoot: string | undefined): string | undefined {
    const folder = this.vscode.workspace.getWorkspaceFolder(doc.uri);
    const multiRoot = (this.vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    if (folder && !multiRoot) return folder.name;
    if (repoRoot) return path.basename(repoRoot);
    return folder?.name;
  }
}
