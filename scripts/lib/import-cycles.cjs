/**
 * Import circles among our own modules (issue 13): every static `import … from` / `export … from`, type-only ones
 * included. Dynamic `import()` is left out: it is how a chunk is loaded on demand and fixes no evaluation order.
 * Used by the ESLint rule `kstt/no-import-cycle` (eslint.config.mjs) and by test/unit/import-cycles.test.ts.
 * CommonJS so that both ESLint's ESM config and jest load it without a transform.
 */
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

/** The add-in, its scripts and its tests. */
const SCANNED = ['src', 'scripts', 'test'];

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The module specifiers of a file's static import and export declarations. */
function staticSpecifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * Strongly connected components with more than one module, or a module importing itself (Tarjan).
 * @param {ReadonlyMap<string, readonly string[]>} graph
 * @returns {string[][]} each circle's modules, sorted
 */
function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The static import graph of `SCANNED` under `root`, paths relative to `root`.
 * @returns {Map<string, string[]>}
 */
function projectGraph(root) {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(root, dir)));
  return new Map(
    files.map((file) => [
      path.relative(root, file),
      staticSpecifiers(file)
        .map((specifier) => resolveRelative(file, specifier))
        .filter((target) => target !== null)
        .map((target) => path.relative(root, target)),
    ]),
  );
}

/**
 * ESLint rule: reports on a module that is part of an import circle, naming the circle. The graph is built once
 * per ESLint run (from the files on disk), not once per linted file.
 */
const circlesByRoot = new Map();
const noImportCycle = {
  meta: { type: 'problem', docs: { description: 'No import circles among our own modules' }, schema: [] },
  create(context) {
    const root = context.cwd;
    if (!circlesByRoot.has(root)) circlesByRoot.set(root, findCycles(projectGraph(root)));
    const file = path.relative(root, context.filename);
    return {
      Program(node) {
        for (const circle of circlesByRoot.get(root)) {
          if (circle.includes(file)) context.report({ node, message: `Import circle: ${circle.join(' ↔ ')}` });
        }
      },
    };
  },
};

module.exports = { SCANNED, findCycles, projectGraph, noImportCycle };
