/**
 * Fills the props and properties tables of the pattern pages (docs/*.md) from the TSDoc of the code, so the
 * pages cannot drift from the API.
 *
 *   npx tsx scripts/docs-tables.ts          rewrite the tables between the markers (`npm run docs` runs it)
 *   npx tsx scripts/docs-tables.ts --check  exit 1 when a table is out of date
 *
 * A table is declared in a page with a pair of markers; the name is looked up in the cloud's entry point:
 *
 *   <!-- props aws LoginAuditPatternProps -->       an interface's props: name, type, default, description
 *   <!-- /props -->
 *   <!-- members huaweicloud LoginAuditPattern -->  a class's public readonly properties: name, type, description
 *   <!-- /members -->
 */
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

const root = join(__dirname, '..');
/** Entry name → source file: one per code entry of package.json `exports` (`.` is "root", `./aws` is "aws"). */
function entryPoints(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { require?: string }>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.require) continue; // ./package.json
    const name = subpath === '.' ? 'root' : subpath.replace(/^\.\//, '');
    entries[name] = target.require.replace(/^\.?\/?lib\//, '').replace(/\.js$/, '.ts');
  }
  return entries;
}
const ENTRY_POINTS = entryPoints();
const MARKER = /<!-- (props|members) (\w+) (\w+) -->\n[\s\S]*?<!-- \/\1 -->/g;

function program(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  return ts.createProgram(
    Object.values(ENTRY_POINTS).map((e) => join(root, e)),
    config!.options,
  );
}

/** Markdown-safe cell text on one line. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function typeText(checker: ts.TypeChecker, symbol: ts.Symbol, at: ts.Node): string {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  // The written annotation reads best (`readonly NotificationEndpoint[]`, not the expanded type).
  if (decl && (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isParameter(decl)) && decl.type) {
    return decl.type.getText().replace(/\s+/g, ' ');
  }
  const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, at));
  return checker.typeToString(type, at, ts.TypeFormatFlags.NoTruncation);
}

function describe(checker: ts.TypeChecker, symbol: ts.Symbol): { text: string; defaultValue?: string } {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const tag = symbol.getJsDocTags(checker).find((t) => t.name === 'default');
  const defaultValue = tag ? ts.displayPartsToString(tag.text) : undefined;
  return { text, defaultValue };
}

function isInternal(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  return symbol.getJsDocTags(checker).some((t) => t.name === 'internal');
}

function exported(checker: ts.TypeChecker, p: ts.Program, cloud: string, name: string): ts.Symbol {
  const entry = ENTRY_POINTS[cloud];
  if (!entry)
    throw new Error(`docs-tables: unknown entry point "${cloud}" (one of ${Object.keys(ENTRY_POINTS).join(', ')})`);
  const file = p.getSourceFile(join(root, entry));
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (!symbol) throw new Error(`docs-tables: ${entry} does not export ${name}`);
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function propsTable(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const decl = symbol.declarations![0];
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const rows = checker
    .getPropertiesOfType(type)
    .filter((prop) => !isInternal(prop, checker))
    .map((prop) => {
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const { text, defaultValue } = describe(checker, prop);
      const dflt = optional ? (defaultValue ?? '—') : '*required*';
      return `| \`${prop.name}\` | \`${cell(typeText(checker, prop, decl))}\` | ${cell(dflt)} | ${cell(text)} |`;
    });
  return ['| prop | type | default | description |', '|---|---|---|---|', ...rows].join('\n');
}

function membersTable(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const decl = symbol.declarations!.find(ts.isClassDeclaration);
  if (!decl) throw new Error(`docs-tables: ${symbol.name} is not a class`);
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const rows = checker
    .getPropertiesOfType(type)
    .filter((prop) => {
      const d = prop.valueDeclaration;
      if (!d || !(ts.isPropertyDeclaration(d) || ts.isGetAccessorDeclaration(d) || ts.isParameter(d))) return false;
      // Inherited from constructs/cdktf (`node`): not the pattern's own.
      if (d.getSourceFile().fileName.includes('/node_modules/')) return false;
      const flags = ts.getCombinedModifierFlags(d as ts.Declaration);
      return (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0 && !isInternal(prop, checker);
    })
    .map((prop) => {
      const { text } = describe(checker, prop);
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0 ? '?' : '';
      return `| \`${prop.name}${optional}\` | \`${cell(typeText(checker, prop, decl))}\` | ${cell(text)} |`;
    });
  return ['| property | type | description |', '|---|---|---|', ...rows].join('\n');
}

function main(): number {
  const check = process.argv.includes('--check');
  const p = program();
  const checker = p.getTypeChecker();
  const docs = join(root, 'docs');
  const stale: string[] = [];
  for (const page of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const path = join(docs, page);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(MARKER, (_whole, kind: string, cloud: string, name: string) => {
      const symbol = exported(checker, p, cloud, name);
      const table = kind === 'props' ? propsTable(checker, symbol) : membersTable(checker, symbol);
      return `<!-- ${kind} ${cloud} ${name} -->\n${table}\n<!-- /${kind} -->`;
    });
    if (after === before) continue;
    stale.push(`docs/${page}`);
    if (!check) writeFileSync(path, after);
  }
  if (check && stale.length > 0) {
    console.error(`docs-tables: out of date: ${stale.join(', ')}. Run \`npx tsx scripts/docs-tables.ts\`.`);
    return 1;
  }
  console.log(stale.length > 0 ? `docs-tables: updated ${stale.join(', ')}` : 'docs-tables: tables up to date');
  return 0;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
