/**
 * `check --since <ref>`: load the project as it was at a git ref and report what changed.
 * The tree at the ref is read with git plumbing (rev-parse, ls-tree, cat-file) into a
 * temporary folder and loaded like any project; the working tree is never touched, so
 * uncommitted work is safe and is exactly what gets compared.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { diffProjects, flagHeadline, namesOf, renderDiffMarkdown, renderDiffText, type Paint, type ProjectDiff } from '../core/diff/index.ts';
import type { Flag } from '../core/model.ts';
import { loadProject, type LoadedProject } from '../node/load-project.ts';
import { ghData, ghProp } from './format.ts';

/** A problem with the --since request itself (no git, no repository, unknown ref): exit 2. */
export class SinceError extends Error {}

/** The trees Crosscheck reads; nothing else at the ref is materialised. */
const DATA_FOLDERS = ['claims', 'sources'];
/** A git tree bigger than this is not a Crosscheck project; refuse rather than fill the disk. */
const MAX_TREE_BYTES = 512 * 1024 * 1024;

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: MAX_TREE_BYTES + 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

function gitError(e: unknown): string {
  const err = e as { code?: string; stderr?: Buffer };
  if (err.code === 'ENOENT') return 'git is not installed (or not on PATH), so --since cannot read older versions.';
  return (err.stderr?.toString('utf8') ?? String(e)).trim().split('\n')[0];
}

export interface RefLocation {
  /** The repository's top folder. */
  top: string;
  /** The project root relative to `top`, '' or ending in '/'. */
  prefix: string;
  commit: string;
}

/** Finds the repository around `root` and resolves `ref` to a commit, or throws a SinceError that says what to do. */
export function resolveRef(root: string, ref: string): RefLocation {
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) {
    throw new SinceError(`${JSON.stringify(ref)} is not a git ref. Name a branch, tag or commit, e.g. --since origin/main.`);
  }
  let top: string;
  let prefix: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    prefix = git(root, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  } catch (e) {
    const why = gitError(e);
    if (/not a git repository/i.test(why)) throw new SinceError(`${root} is not inside a git repository, so there is nothing to compare against. Run the check without --since, or from a clone.`);
    throw new SinceError(why);
  }
  try {
    const commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString('utf8').trim();
    return { top, prefix, commit };
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw new SinceError(gitError(e));
    throw new SinceError(
      `The git ref ${JSON.stringify(ref)} does not exist in this repository. Name a branch, tag or commit (see \`git branch -a\`); in CI, check out with fetch-depth: 0 so origin/main is present.`,
    );
  }
}

interface TreeEntry {
  mode: string;
  oid: string;
  path: string;
}

function listTree(loc: RefLocation): TreeEntry[] {
  const specs = DATA_FOLDERS.map((f) => `${loc.prefix}${f}/`);
  const out = git(loc.top, ['ls-tree', '-r', '-z', '--full-name', loc.commit, '--', ...specs]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    // Submodules (type "commit") have no content here; they are not project data.
    if (type !== 'blob') continue;
    entries.push({ mode, oid, path: record.slice(tab + 1) });
  }
  return entries;
}

/** Reads many blobs with one `git cat-file --batch`. */
function readBlobs(top: string, oids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return blobs;
  const out = git(top, ['cat-file', '--batch'], Buffer.from(`${oids.join('\n')}\n`));
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    const [oid, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    if (type !== 'blob') throw new SinceError(`git could not read object ${oid} (${type}).`);
    const start = eol + 1;
    const end = start + Number(size);
    blobs.set(oid, out.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}

/**
 * Writes the project's data folders at `loc.commit` into a new temporary folder.
 * Paths come from a tree someone else may have crafted, so each must stay inside the
 * folder, and symlinks are created last so that no write can pass through one.
 */
export function materialize(loc: RefLocation): string {
  const entries = listTree(loc);
  const blobs = readBlobs(loc.top, [...new Set(entries.map((e) => e.oid))]);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-since-'));
  try {
    const links: string[] = [];
    for (const e of entries) {
      const rel = e.path.slice(loc.prefix.length);
      const abs = resolve(dir, rel);
      const inside = relative(dir, abs);
      if (!e.path.startsWith(loc.prefix) || inside.startsWith('..') || inside.split(sep).some((s) => s === '' || s === '.' || s === '..')) continue;
      if (e.mode === '120000') {
        links.push(abs);
        continue;
      }
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, blobs.get(e.oid) ?? Buffer.alloc(0), { flag: 'wx' });
    }
    // The loader refuses symlinks without following them; the target is irrelevant, so it is never the tree's.
    for (const abs of links) {
      mkdirSync(dirname(abs), { recursive: true });
      symlinkSync('symlink-at-ref', abs);
    }
    return dir;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export interface Baseline {
  ref: string;
  commit: string;
  project: LoadedProject;
}

/** The project at `ref`, validated and analysed; the temporary copy is gone when this returns. */
export function loadProjectAtRef(root: string, ref: string): Baseline {
  const loc = resolveRef(root, ref);
  let dir: string;
  try {
    dir = materialize(loc);
  } catch (e) {
    if (e instanceof SinceError) throw e;
    throw new SinceError(`Could not read ${ref} from git: ${gitError(e)}`);
  }
  try {
    return { ref, commit: loc.commit, project: loadProject(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GitHub workflow command escaping: data escapes %, CR, LF; properties also ":" and ",". */

/** A notice on the claim line that creates each new flag, so the reviewer sees it in the diff view. */
export function newFlagAnnotations(flags: readonly Flag[], after: LoadedProject, before: LoadedProject): string {
  const names = namesOf(before.corpus, after.corpus);
  const claims = new Map(after.corpus.claims.map((c) => [c.id, c]));
  const old = new Map(before.corpus.claims.map((c) => [c.id, c]));
  const isNew = (x: Flag['values'][number]) => !old.get(x.claim)?.reports.some((r) => r.source === x.source && r.raw === x.raw);
  return flags
    .map((f) => {
      // Point at the report this change brought in, which is where the reviewer should look.
      const v = f.values.find((x) => claims.has(x.claim) && isNew(x)) ?? f.values.find((x) => claims.has(x.claim)) ?? f.values[0];
      const claim = claims.get(v?.claim ?? f.claims[0]);
      const report = claim?.reports.find((r) => r.source === v?.source && r.raw === v?.raw) ?? claim?.reports[0];
      const where = claim ? `file=${ghProp(claim.file)},line=${report?.position.line ?? 1},` : '';
      const text = `${flagHeadline(f, names)}. ${f.explanation}`.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
      return `::notice ${where}title=${ghProp(`New ${f.kind}`)}::${ghData(text)}`;
    })
    .join('\n');
}

export interface SinceOutput {
  diff: ProjectDiff;
  text: string;
  markdown: string;
}

export function compareWithBaseline(base: Baseline, now: LoadedProject, paint?: Paint): SinceOutput {
  const diff = diffProjects(base.project, now);
  const label = `${base.ref} (${base.commit.slice(0, 12)})`;
  return {
    diff,
    text: renderDiffText(diff, base.project, now, label, paint),
    markdown: renderDiffMarkdown(diff, base.project, now, label),
  };
}

/** In GitHub Actions, the report also goes to the job summary page. Failing to write it must not fail the check. */
export function writeStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  try {
    appendFileSync(path, `${markdown}\n`);
    return true;
  } catch {
    return false;
  }
}
