/** VS Code language ids → the display names WakaTime-compatible dashboards use. */
const NAMES: Readonly<Record<string, string>> = {
  bat: 'Batch', c: 'C', clojure: 'Clojure', coffeescript: 'CoffeeScript', cpp: 'C++', csharp: 'C#', css: 'CSS',
  cuda: 'CUDA', dart: 'Dart', dockerfile: 'Docker', dockercompose: 'Docker', elixir: 'Elixir', erlang: 'Erlang',
  fsharp: 'F#', go: 'Go', groovy: 'Groovy', haskell: 'Haskell', html: 'HTML', ini: 'INI', java: 'Java',
  javascript: 'JavaScript', javascriptreact: 'JavaScript', json: 'JSON', jsonc: 'JSON', jsonl: 'JSON',
  julia: 'Julia', kotlin: 'Kotlin', latex: 'TeX', less: 'Less', lua: 'Lua', makefile: 'Makefile',
  markdown: 'Markdown', 'objective-c': 'Objective-C', 'objective-cpp': 'Objective-C++', ocaml: 'OCaml',
  perl: 'Perl', php: 'PHP', plaintext: 'Text', powershell: 'PowerShell', properties: 'Properties', python: 'Python',
  r: 'R', razor: 'Razor', ruby: 'Ruby', rust: 'Rust', scala: 'Scala', scss: 'SCSS', shellscript: 'Bash',
  sql: 'SQL', svelte: 'Svelte', swift: 'Swift', terraform: 'HCL', toml: 'TOML', typescript: 'TypeScript',
  typescriptreact: 'TypeScript', vb: 'Visual Basic', vue: 'Vue.js', xml: 'XML', yaml: 'YAML', zig: 'Zig',
  'git-commit': 'Git', 'git-rebase': 'Git', ignore: 'Text', diff: 'Diff', log: 'Log',
};

export function languageName(languageId: string): string {
  const known = NAMES[languageId];
  if (known) return known;
  return languageId.length === 0 ? 'Other' : languageId.charAt(0).toUpperCase() + languageId.slice(1);
}
