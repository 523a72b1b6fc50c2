/**
 * Every diagnostic `npm run check` can print, by its stable rule name: how severe it is,
 * what it means (one line, for the docs) and, where one fits every case, a default hint.
 * `diagnostic()` takes its rule name from these keys, so a misspelt name is a compile error,
 * and a test keeps CONTRIBUTING's "What the check verifies" table in step with this list.
 */
import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning']).describe('An error fails the check and keeps the file off the site; a warning does neither.');
export type Severity = z.infer<typeof severitySchema>;

export const diagnosticEntrySchema = z
  .strictObject({
    severity: severitySchema,
    meaning: z
      .string()
      .regex(/^[A-Z][^\n]*\.$/, 'must be one sentence on one line')
      .describe('What the rule checks, in one line, as the docs say it.'),
    hint: z
      .string()
      .regex(/^[A-Z][^\n]*\.$/, 'must be one sentence on one line')
      .optional()
      .describe('What to do, used when the place that raises the diagnostic gives no hint of its own.'),
  })
  .describe('One diagnostic rule in the catalog.');
export type DiagnosticEntry = z.infer<typeof diagnosticEntrySchema>;

const catalog = {
  // Files (src/core/parse/files.ts)
  'file-name': { severity: 'error', meaning: 'File and folder names use lowercase letters, digits and "-" only.', hint: 'Rename the file to its id in lowercase kebab-case, ending in ".md".' },
  'file-location': { severity: 'error', meaning: 'Data files live in sources/, claims/<subject>/ or are the two registries.' },
  'file-too-large': { severity: 'error', meaning: 'A file is at most 1 MiB.', hint: 'Trim what is not the article itself.' },
  'file-symlink': { severity: 'error', meaning: 'A data file is a regular file, not a symbolic link.', hint: 'Replace the link with the file itself.' },
  'file-not-regular': { severity: 'error', meaning: 'A data file is a regular file, not a pipe, socket or device.', hint: 'Remove it from the repository.' },
  'file-encoding': { severity: 'error', meaning: 'A file is UTF-8 text without control characters other than tabs and line breaks.', hint: 'Save the file as plain UTF-8 text.' },

  // Front matter and YAML (src/core/parse/frontmatter.ts, yaml.ts)
  'frontmatter-missing': { severity: 'error', meaning: 'A file starts with a YAML front matter block opened by "---".' },
  'frontmatter-unterminated': { severity: 'error', meaning: 'The front matter block is closed by a line of exactly "---".' },
  'frontmatter-empty': { severity: 'error', meaning: 'The front matter holds at least the required fields.' },
  'frontmatter-not-mapping': { severity: 'error', meaning: 'The front matter is a mapping of `field: value` lines, not a list or a single value.' },
  'frontmatter-language': { severity: 'error', meaning: 'Front matter is YAML, never JavaScript, TOML or JSON.' },
  'yaml-syntax': { severity: 'error', meaning: 'The front matter is valid YAML.' },
  'yaml-duplicate-key': { severity: 'error', meaning: 'A key appears once in a mapping.' },
  'yaml-tag': { severity: 'error', meaning: 'YAML tags such as `!!js/function` are not used.' },
  'yaml-alias': { severity: 'error', meaning: 'YAML anchors and aliases are not used; values are written out in full.' },
  'yaml-forbidden-key': { severity: 'error', meaning: 'Keys with a special meaning to JavaScript objects or YAML merges (`__proto__`, `<<`) are not used.' },
  'yaml-complex-key': { severity: 'error', meaning: 'Mapping keys are plain strings.' },
  'yaml-too-deep': { severity: 'error', meaning: 'The front matter nests no deeper than any Crosscheck field needs.' },
  'yaml-too-many-problems': { severity: 'error', meaning: 'Past 50 YAML problems in one file, the rest are counted rather than listed.', hint: 'Fix the problems listed and run the check again.' },

  // Schema (src/core/schema/issues.ts)
  'schema-missing-field': { severity: 'error', meaning: 'Every required field of the data model is present.' },
  'schema-unknown-field': { severity: 'error', meaning: 'No field outside the data model is used, so a misspelt field is not silently ignored.' },
  'schema-invalid': { severity: 'error', meaning: 'Each field holds the kind of value the data model asks for.', hint: 'Correct the value to match the data model in the README.' },

  // References and identity (src/core/validate.ts, validate-claim.ts)
  'registry-missing': { severity: 'error', meaning: 'The registries claims/subjects.yaml and claims/properties.yaml exist.' },
  'duplicate-id': { severity: 'error', meaning: 'Each source, claim, subject and property id is used once.' },
  'unknown-subject': { severity: 'error', meaning: 'A claim names a subject declared in claims/subjects.yaml.' },
  'unknown-property': { severity: 'error', meaning: 'A claim or relation names a property declared in claims/properties.yaml.' },
  'property-declaration-mismatch': {
    severity: 'error',
    meaning: "A property's `list` and `direction` suit its type (text lists, change directions), and a `difference` or `ratio` relation links properties its arithmetic can use.",
  },
  'unknown-source': { severity: 'error', meaning: 'A report, `via` or `cites` names a source that exists in sources/.' },
  'claim-path-mismatch': { severity: 'error', meaning: "A claim's file path matches its subject, property and qualifiers." },
  'source-archive-empty': { severity: 'error', meaning: 'A source marked `archived: true` has its article text below the front matter.' },
  'source-invalid': { severity: 'error', meaning: 'A source with errors of its own keeps the claims citing it off the site too, so nothing reaches it half-checked; it names them once, on the source.' },

  // Values and quotes (src/core/validate-claim.ts)
  'value-unparseable': { severity: 'error', meaning: "A reported or verdict value reads as its property's type." },
  'quote-not-found': { severity: 'error', meaning: "A quote occurs in its source's archived text (only whitespace and curly quotes and dashes are normalised)." },
  'quote-on-unarchived-source': { severity: 'error', meaning: 'A quote comes from a source whose text is archived, so it can be verified.' },
  'value-not-in-quote': { severity: 'error', meaning: "A report's value (and a verdict's) is one of the figures of its type that its quote gives, when the quote gives any (src/core/value-in-quote.ts)." },
  'baseline-not-in-quote': { severity: 'error', meaning: "A report's `baseline` (what its change or multiplier is measured against) is words of its quote." },
  'via-not-cited': { severity: 'error', meaning: "A report's `via` is listed in its article's `cites`." },
  'duplicate-report': { severity: 'error', meaning: 'A claim lists each report once: two reports with every field equal are one report written twice.' },
  'via-self': { severity: 'error', meaning: 'A report is not attributed to its own source.', hint: 'Remove `via`, or name the upstream the article credits.' },

  // Verdicts, independence and time (src/core/validate-claim.ts, src/core/analyze/verdicts.ts, siblings.ts)
  'verdict-evidence-not-found': { severity: 'error', meaning: "A verdict's evidence quote occurs in the archived text of its source, verified like a report's quote." },
  'verdict-unknown-flag': { severity: 'error', meaning: 'A verdict resolves only flags the check raises on its claim, named by kind or id.' },
  'verdict-older-than-report': { severity: 'warning', meaning: 'A verdict is reviewed again when a report dated after its review is added to the claim.', hint: 'Review the verdict against the new report and update `reviewed`.' },
  'sources-share-boilerplate': { severity: 'warning', meaning: 'Archived sources that share passages word for word declare whether they come from one producer (`family`).' },

  // Markdown in notes (src/core/parse/markdown-safety.ts)
  'markdown-raw-html': { severity: 'error', meaning: 'Notes use markdown, never raw HTML.', hint: 'Use markdown instead of HTML.' },
  'markdown-url-scheme': { severity: 'error', meaning: 'Every link, image and definition URL in notes is an absolute http(s) URL.', hint: 'Link only to http:// or https:// addresses.' },
  'markdown-too-long': { severity: 'error', meaning: 'Markdown in one field is at most 20,000 characters.', hint: 'Put long material in a source file.' },
} as const satisfies Record<string, DiagnosticEntry>;

/** A rule name `npm run check` can print. */
export type DiagnosticRule = keyof typeof catalog;

export const DIAGNOSTICS: Readonly<Record<DiagnosticRule, DiagnosticEntry>> = Object.freeze(catalog);

export const DIAGNOSTIC_RULES = Object.keys(catalog) as DiagnosticRule[];

export function isDiagnosticRule(name: string): name is DiagnosticRule {
  return Object.hasOwn(catalog, name);
}
