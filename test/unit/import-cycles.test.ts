/**
 * No import circles (issue 13): every static `import … from` / `export … from` between our own modules, type-only
 * ones included, must form a graph without cycles. Dynamic `import()` is left out: it is how a chunk is loaded on
 * demand and does not fix an evaluation order. The detector is tested on a planted circle first, so the rule
 * itself can fail. `npm run lint` enforces the same rule file by file (`kstt/no-import-cycle`).
 */
import path from 'node:path';

// The detector is shared with the ESLint rule `kstt/no-import-cycle` (eslint.config.mjs).
const { findCycles, projectGraph } = require('../../scripts/lib/import-cycles.cjs') as {
  findCycles: (graph: ReadonlyMap<string, readonly string[]>) => string[][];
  projectGraph: (root: string) => Map<string, string[]>;
};

const ROOT = path.resolve(__dirname, '../..');

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
  const graph = projectGraph(ROOT);
  expect(graph.size).toBeGreaterThan(200);
  const cycles = findCycles(graph).map((cycle) => cycle.join(' ↔ '));
  expect(cycles).toEqual([]);
});
