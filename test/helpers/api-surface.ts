/**
 * The public API surface of entry points, read with the TypeScript type checker: for each exported class or
 * interface, its public instance members (inherited ones included, the constructs library's own left out) and, for
 * classes, its public static members. One program serves every entry point.
 * Members marked `@internal`, private or protected are not part of the surface.
 */
import { join, resolve } from 'path';
import * as ts from 'typescript';

export interface TypeSurface {
  readonly kind: 'class' | 'interface';
  /** Public instance properties and methods (for an interface: its properties) typed by the repository's own API. */
  readonly members: string[];
  /**
   * Public instance properties typed by a package (a provider's resource classes, cdktf types): the cloud's own
   * resources exposed as escape hatches, which differ by nature from cloud to cloud.
   */
  readonly cloudResources: string[];
  /** Public static properties and methods (classes only). */
  readonly statics: string[];
}

export type ApiSurface = ReadonlyMap<string, TypeSurface>;

const ROOT = resolve(__dirname, '../..');

/**
 * Every hand-written source file as a root, with `noResolve`: the checker sees the repository's own declarations
 * (props composed from `runtime/core` contracts included) without parsing the provider packages' declarations,
 * which would take several times longer. Types from packages resolve to `any`; only names are compared.
 */
function createProgram(): ts.Program {
  const read = (folder: string, exclude: string[]) =>
    ts.sys.readDirectory(join(ROOT, folder), ['.ts'], exclude, ['**/*']);
  const roots = [...read('src', ['**/generated/**', '**/*.d.ts']), ...read('runtime', ['**/*.d.ts'])];
  return ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    noResolve: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
}

/** Declared in this repository (not in cdktf / constructs / a provider package). */
const isOwn = (declaration: ts.Declaration) => !declaration.getSourceFile().fileName.includes('/node_modules/');

function isPublic(symbol: ts.Symbol): boolean {
  if (symbol.name.startsWith('_') || symbol.name.startsWith('#') || symbol.name === 'prototype') return false;
  const declarations = symbol.declarations ?? [];
  if (!declarations.length || !declarations.some(isOwn)) return false;
  return declarations.every((d) => {
    const flags = ts.getCombinedModifierFlags(d);
    const internal = ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'internal');
    return !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !internal;
  });
}

const publicNames = (symbols: ts.Symbol[]) =>
  symbols
    .filter(isPublic)
    .map((s) => s.name)
    .sort();

/** Typed by a package that the program does not load (`noResolve`): its type is `any` (or a list of `any`). */
function isPackageTyped(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!declaration || ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration)) return false;
  const anyLike = (type: ts.Type): boolean =>
    (type.flags & ts.TypeFlags.Any) !== 0 ||
    (type.isUnion() && type.types.some(anyLike)) ||
    ((checker.isArrayType(type) || checker.isTupleType(type)) &&
      checker.getTypeArguments(type as ts.TypeReference).some(anyLike));
  return anyLike(checker.getTypeOfSymbolAtLocation(symbol, declaration));
}

function instanceSurface(checker: ts.TypeChecker, symbol: ts.Symbol): Pick<TypeSurface, 'members' | 'cloudResources'> {
  const all = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).filter(isPublic);
  return {
    members: publicNames(all.filter((m) => !isPackageTyped(checker, m))),
    cloudResources: publicNames(all.filter((m) => isPackageTyped(checker, m))),
  };
}

function surfaceOf(checker: ts.TypeChecker, symbol: ts.Symbol): TypeSurface | undefined {
  if (symbol.flags & ts.SymbolFlags.Class) {
    const declaration = symbol.valueDeclaration ?? symbol.declarations![0];
    const staticType = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return {
      kind: 'class',
      ...instanceSurface(checker, symbol),
      statics: publicNames(checker.getPropertiesOfType(staticType)),
    };
  }
  if (symbol.flags & ts.SymbolFlags.Interface)
    return { kind: 'interface', ...instanceSurface(checker, symbol), statics: [] };
  return undefined;
}

/**
 * Reads the exported classes and interfaces of each entry point (paths relative to the repository root), e.g.
 * `readApiSurfaces({ aws: 'src/aws/index.ts', huaweicloud: 'src/huaweicloud/index.ts' })`.
 */
export function readApiSurfaces<K extends string>(entries: Record<K, string>): Record<K, ApiSurface> {
  const files = Object.fromEntries(
    Object.entries(entries).map(([key, file]) => [key, join(ROOT, file as string)]),
  ) as Record<K, string>;
  const program = createProgram();
  const checker = program.getTypeChecker();
  const out = {} as Record<K, ApiSurface>;
  for (const key of Object.keys(files) as K[]) {
    const surface = new Map<string, TypeSurface>();
    const source = program.getSourceFile(files[key]);
    const module = source && checker.getSymbolAtLocation(source);
    for (const exported of module ? checker.getExportsOfModule(module) : []) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const found = surfaceOf(checker, symbol);
      if (found) surface.set(exported.name, found);
    }
    out[key] = surface;
  }
  return out;
}
