/**
 * A valid claim, source, subject and property whose every text field is an injection
 * attempt. It passes the check (the text is quoted, not markup), so it reaches the site:
 * the build must show it as text. Every payload calls alert() with its field's name,
 * so a leak in the built HTML points at the field that caused it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

export const SCRIPT_VALUE = "</script><script>alert('value')</script>";
export const IMG_IN_BODY = "<img src=x onerror=alert('body')>";
export const HOSTILE_CLAIM_PAGE = 'claims/hostile-subject/hostile-text/index.html';
export const HOSTILE_SOURCE_PAGE = 'sources/hostile-source/index.html';
/** Astro's content store rewrites strings with this prefix as image imports; pages must show it as written. */
export const ASTRO_IMAGE_TEXT = '__ASTRO_IMAGE_/etc/hostname';

const SOURCE = `---
title: "</title><script>alert('title')</script>"
publisher: "\\"><img src=x onerror=alert('publisher')>"
url: "https://example.com/\\"><script>alert('url')</script>"
author: "${ASTRO_IMAGE_TEXT}"
kind: news
archived: true
notes: "Notes with \`<script>alert('code')</script>\` in code, &lt;b&gt; as an entity, and [javascript:alert(1)](https://example.com/)."
---
The page said: ${SCRIPT_VALUE} and then ${IMG_IN_BODY} closed it.
A breaker for JSON in a script: </script><!--<script> and {{constructor.constructor('alert(1)')()}} and \${alert(1)}.
`;

const CLAIM = `---
subject: hostile-subject
property: hostile-text
reports:
  - source: hostile-source
    value: ${JSON.stringify(SCRIPT_VALUE)}
    quote: ${JSON.stringify(`${SCRIPT_VALUE} and then ${IMG_IN_BODY}`)}
verdict:
  value: ${JSON.stringify(SCRIPT_VALUE)}
  note: "Resolved; see \`</script><script>alert('verdict')</script>\` and [the page](https://example.com/?q=%3C/script%3E \\"</script><script>alert('title')</script>\\")."
  rating: misleading
  reviewer: "</script><script>alert('reviewer')</script>"
  reviewed: 2026-05-01
---
Notes: \`<img src=x onerror=alert('notes')>\` in code, &lt;script&gt;alert('entity')&lt;/script&gt; as entities, and [javascript:alert(1)](https://example.com/ "</script><script>alert('linktitle')</script>").
`;

function appendToRegistry(root: string, file: string, key: string, entry: Record<string, unknown>): void {
  const path = join(root, 'claims', file);
  const doc = YAML.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
  doc[key].push(entry);
  writeFileSync(path, YAML.stringify(doc));
}

/** Adds the hostile files to a copy of the project at `root`. */
export function addHostileCorpus(root: string): void {
  writeFileSync(join(root, 'sources', 'hostile-source.md'), SOURCE);
  mkdirSync(join(root, 'claims', 'hostile-subject'), { recursive: true });
  writeFileSync(join(root, 'claims', 'hostile-subject', 'hostile-text.md'), CLAIM);
  appendToRegistry(root, 'subjects.yaml', 'subjects', {
    id: 'hostile-subject',
    name: "<script>alert('subject')</script>",
    kind: 'other',
    aliases: ["<img src=x onerror=alert('alias')>"],
    description: "</p><script>alert('description')</script>",
  });
  appendToRegistry(root, 'properties.yaml', 'properties', {
    id: 'hostile-text',
    label: "<b onmouseover=alert('label')>Hostile</b>",
    type: 'text',
    description: "\"><script>alert('property')</script>",
  });
}
