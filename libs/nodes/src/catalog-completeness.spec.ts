/**
 * Proves the `satisfies` clauses do their job: compiling `catalog.ts` (or `executors.ts`) with
 * `node-kinds.ts` listing one more kind must fail, naming the kind. The compiler
 * API reads every file from disk except `node-kinds.ts`, which it sees edited.
 */
import path from 'node:path';
import ts from 'typescript';

// jest runs specs as CommonJS, so `__dirname` is this folder.
const srcDir = __dirname;
const catalogPath = path.join(srcDir, 'catalog.ts');
const executorsPath = path.join(srcDir, 'executors.ts');
const kindsPath = path.join(srcDir, 'node-kinds.ts');
const tsconfigPath = path.join(srcDir, '..', 'tsconfig.json');

function compilerOptions(): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(tsconfigPath, (file) => ts.sys.readFile(file));
  if (error !== undefined)
    throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfigPath));
  return parsed.options;
}

interface Finding {
  file: string | undefined;
  message: string;
}

/** Type-checks `root` (and what it imports), with `node-kinds.ts` passed through `edit`. */
function compile(root: string, edit: (source: string) => string): Finding[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const readFromDisk = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFromDisk(fileName);
    return text !== undefined && path.resolve(fileName) === kindsPath ? edit(text) : text;
  };
  const program = ts.createProgram({ rootNames: [root], options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: diagnostic.file?.fileName,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** Appends `'teleport'` to the `nodeKinds` tuple. */
function addTeleport(source: string): string {
  const edited = source.replace(/'end',(\s*)\] as const/, "'end', 'teleport',$1] as const");
  if (edited === source)
    throw new Error('node-kinds.ts no longer ends its list with `end`; update this spec');
  return edited;
}

/** The files in which the compiler reports `teleport` missing from an object. */
function filesMissingTeleport(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.message.includes("Property 'teleport' is missing"))
    .map((finding) => path.resolve(finding.file ?? ''));
}

describe('catalog completeness (compile time)', () => {
  it('compiles cleanly as it is (control case)', () => {
    expect(compile(catalogPath, (source) => source)).toEqual([]);
  }, 120_000);

  it('fails to compile, naming the kind, when a kind has no definition', () => {
    expect(filesMissingTeleport(compile(catalogPath, addTeleport))).toContain(catalogPath);
  }, 120_000);

  it('fails to compile the executor map when a kind has no executor', () => {
    expect(filesMissingTeleport(compile(executorsPath, addTeleport))).toContain(executorsPath);
  }, 120_000);
});
