// The import rules of ARCHITECTURE.md over the whole of src/: data flows one way (export → pipeline → domains →
// pages), and nothing that ships to the browser pulls in a Node built-in. Imports are found with a regex: the
// rules are checked on the real tree and, so each one is known to be able to fail, on small in-memory trees.
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Import {
  from: string;
  specifier: string;
  /** The imported file (repo-relative) for a relative specifier. */
  target?: string;
  /** `import type` / `export type … from`: erased, so never shipped. */
  typeOnly: boolean;
  /** Written in an .astro `<script>` block, or the import of a hydrated island: bundled for the browser. */
  inScript: boolean;
}

const STATIC = /\b(import|export)\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s*)?(['"])([^'"\n]+)\3/g;
const DYNAMIC = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** A component used with a client: directive, and a default import in the frontmatter. */
const ISLAND = /<([A-Z][\w$]*)\b[^>]*\sclient:[a-z]+/g;
const DEFAULT_IMPORT = /\bimport\s+([\w$]+)\s+from\s*(['"])([^'"\n]+)\2/g;
/** Folders of src/ that are not domains. */
const NOT_DOMAINS = new Set(['pipeline', 'build', 'site', 'components', 'layouts', 'pages', 'styles', 'bench']);

function importsOf(from: string, code: string, inScript: boolean): Import[] {
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const target = specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : undefined;
    found.push({ from, specifier, ...(target ? { target } : {}), typeOnly, inScript });
  };
  for (const match of code.matchAll(STATIC)) add(match[4]!, Boolean(match[2]));
  for (const match of code.matchAll(DYNAMIC)) add(match[2]!, false);
  return found;
}

/** Every import of every file: an .astro file's frontmatter runs at build time, its `<script>` blocks in the browser. */
function importGraph(files: Record<string, string>): Import[] {
  const graph = Object.entries(files).flatMap(([file, text]) => {
    if (!file.endsWith('.astro')) return importsOf(file, text, false);
    const frontmatter = /^\s*---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(SCRIPT)].filter(([, attributes]) => !/\bis:inline\b|\bsrc=/.test(attributes!));
    // A component hydrated in the browser (<ExportChecker client:only="react" />) is an island: its import ships too.
    const islands = new Set([...text.matchAll(ISLAND)].map((match) => match[1]!));
    const islandImports = new Set([...frontmatter.matchAll(DEFAULT_IMPORT)].filter((match) => islands.has(match[1]!)).map((match) => match[3]!));
    const frontmatterImports = importsOf(file, frontmatter, false).map((edge) => (islandImports.has(edge.specifier) ? { ...edge, inScript: true } : edge));
    return [...frontmatterImports, ...scripts.flatMap(([, , code]) => importsOf(file, code!, true))];
  });
  // Imports here name the file (`./csv.ts`); an extensionless one resolves as TypeScript would.
  for (const edge of graph) {
    const target = edge.target && [edge.target, `${edge.target}.ts`, `${edge.target}.tsx`, `${edge.target}/index.ts`].find((file) => file in files);
    if (target) edge.target = target;
  }
  return graph;
}

const under = (folder: string, file = '') => file.startsWith(`${folder}/`);
const domainOf = (file: string) => {
  const top = /^src\/([^/]+)\//.exec(file)?.[1];
  return top && !NOT_DOMAINS.has(top) ? top : undefined;
};
const describeImport = ({ from, specifier, target }: Import) => `${from} imports '${specifier}'${target ? ` (${target})` : ''}`;

/** (a) Only pages import pages. */
function pagesImportedOutsidePages(graph: Import[]): string[] {
  return graph.filter((edge) => !under('src/pages', edge.from) && under('src/pages', edge.target)).map((edge) => `${describeImport(edge)}: only src/pages/ may import a page`);
}

/** (b) The pipeline is pure: no domain, site, build, component, layout or page, and no Astro. */
function pipelineImportsOutward(graph: Import[]): string[] {
  const outward = (edge: Import) =>
    (edge.target !== undefined && under('src', edge.target) && !under('src/pipeline', edge.target)) || /^(astro(:|\/|$)|@astrojs\/)/.test(edge.specifier);
  return graph.filter((edge) => under('src/pipeline', edge.from) && outward(edge)).map((edge) => `${describeImport(edge)}: src/pipeline/ imports only itself and packages other than Astro`);
}

/** Browser modules: every `client/` file and everything an .astro `<script>` imports, transitively; each with its importer. */
function browserModules(graph: Import[]): Map<string, string> {
  const runtime = graph.filter((edge) => !edge.typeOnly && edge.target);
  const reachedFrom = new Map<string, string>(); // module → the browser module that imports it ('' for a client/ file)
  const queue = [...new Set(graph.map((edge) => edge.from))].filter((file) => /^src\/(.+\/)?client\//.test(file));
  for (const root of queue) reachedFrom.set(root, '');
  for (const edge of runtime.filter((edge) => edge.inScript && !reachedFrom.has(edge.target!))) {
    reachedFrom.set(edge.target!, `${edge.from} <script>`);
    queue.push(edge.target!);
  }
  for (let index = 0; index < queue.length; index++) {
    for (const edge of runtime.filter((edge) => edge.from === queue[index] && !edge.inScript && !reachedFrom.has(edge.target!))) {
      reachedFrom.set(edge.target!, edge.from);
      queue.push(edge.target!);
    }
  }
  return reachedFrom;
}

/** (c) No browser module imports a Node built-in. */
function nodeBuiltinsInBrowser(graph: Import[]): string[] {
  const reachedFrom = browserModules(graph);
  const chain = (file: string): string => (reachedFrom.get(file) ? `${chain(reachedFrom.get(file)!)} → ${file}` : file);
  return graph
    .filter((edge) => !edge.typeOnly && (edge.inScript || reachedFrom.has(edge.from)) && isBuiltin(edge.specifier))
    .map((edge) => `${describeImport(edge)}: a Node built-in in a browser module (${edge.inScript ? `${edge.from} <script>` : chain(edge.from)})`);
}

/** (d) Domains never import what renders them. */
function domainsImportRendering(graph: Import[]): string[] {
  return graph
    .filter((edge) => domainOf(edge.from) && ['src/components', 'src/layouts', 'src/pages'].some((folder) => under(folder, edge.target)))
    .map((edge) => `${describeImport(edge)}: src/${domainOf(edge.from)}/ is a domain and must not import components, layouts or pages`);
}

const RULES = { pagesImportedOutsidePages, pipelineImportsOutward, nodeBuiltinsInBrowser, domainsImportRendering };

function readSourceTree(): Record<string, string> {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|tsx|astro)$/.test(file));
  return Object.fromEntries(files.map((file) => [posix.join('src', file.replaceAll('\\', '/')), readFileSync(posix.join('src', file), 'utf8')]));
}

describe('the import graph of src/', () => {
  const graph = importGraph(readSourceTree());

  it('is found: relative imports, packages, Node built-ins and <script> imports', () => {
    expect(graph.length).toBeGreaterThan(500);
    expect(graph.some((edge) => edge.inScript && edge.target === 'src/map/client/explorer.ts')).toBe(true);
    expect(graph.some((edge) => edge.from.startsWith('src/build/') && isBuiltin(edge.specifier))).toBe(true);
    const browser = browserModules(graph);
    expect(browser.get('src/charts/embed-protocol.ts')).toBe('src/pages/embed/[chart]/index.astro <script>');
    // The export checker's island and what it imports, down to the pipeline's checks.
    expect(browser.has('src/checker/client/ExportChecker.tsx')).toBe(true);
    expect(browser.get('src/pipeline/check-export.ts')).toBe('src/checker/client/run-check.ts');
    expect(browser.has('src/pipeline/dropped-files.ts')).toBe(true);
    expect([...browser.keys()].filter((file) => !file.includes('/client/')).length).toBeGreaterThan(5);
  });

  for (const [name, rule] of Object.entries(RULES)) {
    it(`keeps ${name} empty`, () => expect(rule(graph)).toEqual([]));
  }
});

describe('each rule can fail', () => {
  const tree = (files: Record<string, string>) => importGraph(files);

  it('(a) a component importing a page', () => {
    const graph = tree({ 'src/components/Card.astro': "---\nimport { getStaticPaths } from '../pages/notices/[id].astro';\n---\n<p/>" });
    expect(pagesImportedOutsidePages(graph)).toEqual([
      "src/components/Card.astro imports '../pages/notices/[id].astro' (src/pages/notices/[id].astro): only src/pages/ may import a page",
    ]);
  });

  it('(b) the pipeline importing a domain, the site folder or Astro', () => {
    const graph = tree({
      'src/pipeline/load.ts': "import { x } from '../honorees/derive/honorees.ts';\nimport type { Y } from '../site/config.ts';\nimport { getCollection } from 'astro:content';\nimport Papa from 'papaparse';",
    });
    expect(pipelineImportsOutward(graph)).toEqual([
      "src/pipeline/load.ts imports '../honorees/derive/honorees.ts' (src/honorees/derive/honorees.ts): src/pipeline/ imports only itself and packages other than Astro",
      "src/pipeline/load.ts imports '../site/config.ts' (src/site/config.ts): src/pipeline/ imports only itself and packages other than Astro",
      "src/pipeline/load.ts imports 'astro:content': src/pipeline/ imports only itself and packages other than Astro",
    ]);
  });

  it('(c) a Node built-in reached from a client/ module or an .astro <script>, but not through a type-only import', () => {
    const graph = tree({
      'src/map/client/explorer.ts': "import { layers } from '../derive/layers';\nimport type { Big } from '../derive/big.ts';",
      'src/map/derive/layers.ts': "import { readFileSync } from 'fs';",
      'src/map/derive/big.ts': "import { open } from 'node:fs/promises';",
      'src/components/Badge.astro': "---\nimport { join } from 'node:path';\n---\n<script>\n  import '../notices/client/badges.ts';\n</script>",
      'src/notices/client/badges.ts': "const { today } = await import('../derive/today.ts');",
      'src/notices/derive/today.ts': "export * from 'node:os';",
    });
    expect(nodeBuiltinsInBrowser(graph)).toEqual([
      "src/map/derive/layers.ts imports 'fs': a Node built-in in a browser module (src/map/client/explorer.ts → src/map/derive/layers.ts)",
      "src/notices/derive/today.ts imports 'node:os': a Node built-in in a browser module (src/notices/client/badges.ts → src/notices/derive/today.ts)",
    ]);
  });

  it('(c) a Node built-in reached from a component hydrated as an island', () => {
    const graph = tree({
      'src/pages/tool.astro': "---\nimport Tool from '../components/Tool.tsx';\nimport Card from '../components/Card.tsx';\n---\n<Card />\n<Tool client:only=\"react\" />",
      'src/components/Tool.tsx': "import { readFile } from 'node:fs/promises';",
      'src/components/Card.tsx': "import { join } from 'node:path';",
    });
    expect(nodeBuiltinsInBrowser(graph)).toEqual([
      "src/components/Tool.tsx imports 'node:fs/promises': a Node built-in in a browser module (src/pages/tool.astro <script> → src/components/Tool.tsx)",
    ]);
  });

  it('(d) a domain importing a component', () => {
    const graph = tree({ 'src/funds/routes.ts': "import FundAmount from '../components/FundAmount.astro';", 'src/site/urls.ts': "import L from '../layouts/BaseLayout.astro';" });
    expect(domainsImportRendering(graph)).toEqual([
      "src/funds/routes.ts imports '../components/FundAmount.astro' (src/components/FundAmount.astro): src/funds/ is a domain and must not import components, layouts or pages",
    ]);
  });
});
