/**
 * Runs one measured task in its own process, so its peak memory (maxRSS) is its own,
 * and prints one JSON line: `node bench/stages/child.ts <task> <root>`.
 *   check   loadProject(root): load + validate + quotes + conflict detection (what `npm run check` does)
 *   phases  the same three steps timed one by one
 *   floor   the parse floor: read every file, plain YAML parse, zod validation, nothing else
 *   floor-positions  the floor with the project's positioned YAML parsing (parseMarkdownFile)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { analyze } from '../../src/core/analyze/index.ts';
import { parseMarkdownFile, parseYamlFile } from '../../src/core/parse/parse-file.ts';
import { claimSchema } from '../../src/core/schema/claim.ts';
import { propertiesFileSchema, subjectsFileSchema } from '../../src/core/schema/registry.ts';
import { sourceSchema } from '../../src/core/schema/source.ts';
import { validateProject } from '../../src/core/validate.ts';
import { loadProject } from '../../src/node/load-project.ts';
import { readProjectFiles } from '../../src/node/read-project.ts';

const [task, root] = process.argv.slice(2);
const now = () => performance.now();

function listFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(abs, out);
    else out.push(abs);
  }
  return out;
}

/** The floor: no positions, no cross-references, no quotes, no analysis. Returns files that failed. */
function floor(withPositions: boolean): number {
  let bad = 0;
  for (const abs of [...listFiles(join(root, 'sources')), ...listFiles(join(root, 'claims'))].sort()) {
    const text = readFileSync(abs, 'utf8');
    const rel = abs.slice(root.length + 1);
    const registry = rel === 'claims/subjects.yaml' ? subjectsFileSchema : rel === 'claims/properties.yaml' ? propertiesFileSchema : undefined;
    const schema = rel.startsWith('sources/') ? sourceSchema : claimSchema;
    if (withPositions) {
      const r = registry ? parseYamlFile(rel, text, registry, rel) : parseMarkdownFile(rel, text, schema, 'a file');
      if (!r.ok) bad++;
      continue;
    }
    let yaml = text;
    if (!registry) {
      const end = text.indexOf('\n---', 3);
      yaml = text.slice(4, end);
    }
    if (!(registry ?? schema).safeParse(YAML.parse(yaml)).success) bad++;
  }
  return bad;
}

const t0 = now();
const out: Record<string, number> = {};
if (task === 'check') {
  const project = loadProject(root);
  out.ms = now() - t0;
  out.errors = project.diagnostics.filter((d) => d.severity === 'error').length;
  out.claims = project.corpus.claims.length;
  out.sources = project.corpus.sources.length;
  out.reports = project.corpus.claims.reduce((n, c) => n + c.reports.length, 0);
  out.quotesVerified = project.corpus.claims.reduce((n, c) => n + c.reports.filter((r) => r.quoteRange).length, 0);
  out.flags = project.analysis.flags.length;
} else if (task === 'phases') {
  const files = readProjectFiles(root);
  const t1 = now();
  const validated = validateProject(files);
  const t2 = now();
  const analysis = analyze(validated.corpus);
  const t3 = now();
  Object.assign(out, { readMs: t1 - t0, validateMs: t2 - t1, analyzeMs: t3 - t2, ms: t3 - t0, flags: analysis.flags.length });
} else if (task === 'floor' || task === 'floor-positions') {
  out.failed = floor(task === 'floor-positions');
  out.ms = now() - t0;
} else {
  throw new Error(`unknown task ${task}`);
}
// maxRSS is in kilobytes.
out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
