/**
 * What `npm run new` needs to know about the project it writes into: the declared
 * subjects and properties, the sources (with their text, to try quotes early), and
 * which files already exist — including ones that currently have errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idKey, sourceIdFromPath } from '../core/ids.ts';
import type { Property, Source, Subject } from '../core/model.ts';
import { parseMarkdownFile, parseYamlFile } from '../core/parse/parse-file.ts';
import { propertiesFileSchema, subjectsFileSchema } from '../core/schema/registry.ts';
import { sourceSchema } from '../core/schema/source.ts';

export interface ProjectIndex {
  root: string;
  subjects: Map<string, Subject>;
  properties: Map<string, Property>;
  /**
   * Sources whose front matter reads correctly, by id. A source that fails only later
   * checks (no text pasted yet, an unknown upstream) is here, so a contributor can write
   * its reports while still filling it in.
   */
  sources: Map<string, Source>;
  /** Every file in sources/, valid or not, by case-folded id. */
  sourceFiles: Map<string, string>;
}

function read(root: string, rel: string): string | undefined {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
}

export function indexProject(root: string): ProjectIndex {
  const ix: ProjectIndex = { root, subjects: new Map(), properties: new Map(), sources: new Map(), sourceFiles: new Map() };
  const subjects = read(root, 'claims/subjects.yaml');
  const parsedSubjects = subjects === undefined ? undefined : parseYamlFile('claims/subjects.yaml', subjects, subjectsFileSchema, 'claims/subjects.yaml');
  if (parsedSubjects?.ok) for (const s of parsedSubjects.value.data.subjects) ix.subjects.set(s.id, { ...s, aliases: s.aliases });
  const properties = read(root, 'claims/properties.yaml');
  const parsedProperties = properties === undefined ? undefined : parseYamlFile('claims/properties.yaml', properties, propertiesFileSchema, 'claims/properties.yaml');
  if (parsedProperties?.ok) for (const p of parsedProperties.value.data.properties) ix.properties.set(p.id, p);

  const dir = join(root, 'sources');
  if (!existsSync(dir)) return ix;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = `sources/${name}`;
    const id = sourceIdFromPath(file);
    ix.sourceFiles.set(idKey(id), file);
    const text = read(root, file);
    const parsed = text === undefined ? undefined : parseMarkdownFile(file, text, sourceSchema, 'a source');
    if (!parsed?.ok) continue;
    const { data, body, bodyLine } = parsed.value;
    ix.sources.set(id, { ...data, id, file, body, bodyLine });
  }
  return ix;
}

/** The existing file that already holds this claim id, compared case-insensitively like the check does. */
export function findClaimFile(root: string, id: string): string | undefined {
  const [subject] = id.split('/');
  const want = idKey(`claims/${id}.md`);
  const dir = join(root, 'claims');
  if (!existsSync(dir)) return undefined;
  for (const folder of readdirSync(dir)) {
    if (idKey(folder) !== idKey(subject)) continue;
    const sub = join(dir, folder);
    let names: string[];
    try {
      names = readdirSync(sub);
    } catch {
      continue;
    }
    for (const name of names) if (idKey(`claims/${folder}/${name}`) === want) return `claims/${folder}/${name}`;
  }
  return undefined;
}

export function readProjectFile(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}
