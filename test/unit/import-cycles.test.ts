/**
 * No import circles (issue 13): every static `import … from` / `export … from` between our own modules, type-only
 * ones included, must form a graph without cycles. Dynamic `import()` is left out: it is how a chunk is loaded on
 * demand and does not fix an evaluation order. The detector is tested on a planted circle first, so the rule
 * itself can fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
// The add-in, its scripts and its tests (the strict fake's object model included: its classes meet through the
// registry in test/fake-excel/client-object.ts, not through imports of each other).
const SCANNED = ['src', 'scripts', 'test'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The module specifiers of a file's static import and export declarations. */
function staticSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

function projectGraph(): Map<string, string[]> {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  return new Map(
    files.map((file) => [
      path.relative(ROOT, file),
      staticSpecifiers(file)
        .map((specifier) => resolveRelative(file, specifier))
        .filter((target): target is string => target !== null)
        .map((target) => path.relative(ROOT, target)),
    ]),
  );
}

test('the detector finds a planted circle and passes a tree', () => {
  const planted = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['a.ts']],
  ]);
  expect(findCycles(planted)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  expect(findCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts']]);
  expect(
    findCycles(
      new Map([
        ['a.ts', ['b.ts']],
        ['b.ts', []],
        ['d.ts', ['a.ts', 'b.ts']],
      ]),
    ),
  ).toEqual([]);
});

test('src, scripts and test have no import circles (static imports, type-only included)', () => {
  const graph = projectGraph();
  expect(graph.size).toBeGreaterThan(200);
  const cycles = findCycles(graph).map((cycle) => cycle.join(' ↔ '));
  expect(cycles).toEqual([]);
});
