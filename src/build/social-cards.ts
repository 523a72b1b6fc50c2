/**
 * Renders the social cards of contested claims (src/site/social-card.ts) to PNG files under
 * `og/` in the output folder: satori lays the card out and turns its text into paths, resvg
 * rasterises the SVG. Neither downloads anything; the fonts are Inter's WOFF files from
 * @fontsource/inter (SIL Open Font License).
 *
 * A card costs tens of milliseconds, so cards are kept like pages: a record in Astro's cacheDir
 * holds each card's key (a hash of everything it shows, the site's host and the renderer's
 * version) and the hash of its file's bytes; a card whose key and file are unchanged is not
 * rendered again. Files under `og/` that this build did not write are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { contentSha, fileSha, readJsonRecord, writeJsonRecord } from '../node/cache-file.ts';
import { CARD_WIDTH, socialCardKey, type SocialCard } from '../site/social-card.ts';
import { cardLayout, LAYOUT_HEIGHT, LAYOUT_WIDTH } from './card-layout.ts';
import { CARD_OUTPUT } from './card-outputs.ts';

/** Bumped when the layout or the renderer changes what an unchanged card looks like. */
const RENDERER = 'cards-2';
const RECORD_VERSION = 1;

export interface WrittenCards {
  cards: number;
  rendered: number;
  unchanged: number;
  bytes: number;
  /** Time spent laying out and rasterising, for the log and the benchmark. */
  renderMs: number;
  ms: number;
}

export interface CardOptions {
  /** The site's host, printed on every card ("facts.example.org"). */
  host: string;
  /** Where to keep the cards' keys between builds. */
  record?: string;
}

interface CardRecord {
  key: string;
  sha: string;
}

const require = createRequire(import.meta.url);
type Fonts = SatoriOptions['fonts'];
const fontCache = new Map<string, Fonts>();

/** Inter regular and bold of the given subsets (satori falls back along the list per glyph); one array per set, which satori caches by identity. */
function fonts(subsets: readonly string[]): Fonts {
  const key = subsets.join();
  let list = fontCache.get(key);
  if (!list) {
    list = subsets.flatMap((subset) =>
      ([400, 700] as const).map((weight) => ({
        name: 'Inter',
        weight,
        style: 'normal' as const,
        data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      })),
    );
    fontCache.set(key, list);
  }
  return list;
}

/** The characters of @fontsource/inter's "latin" subset (its unicode-range). */
const LATIN = /^[\u0000-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u0304\u0308\u0329\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212\u2215\uFEFF\uFFFD]*$/u;

/** One card as PNG bytes. */
export async function renderCard(card: SocialCard, host: string): Promise<Buffer> {
  // Looking every glyph up in a second font costs about 40% of the layout: only when a text needs it.
  const subsets = LATIN.test(JSON.stringify([card, host])) ? ['latin'] : ['latin', 'latin-ext'];
  const svg = await satori(cardLayout(card, host) as unknown as Parameters<typeof satori>[0], { width: LAYOUT_WIDTH, height: LAYOUT_HEIGHT, fonts: fonts(subsets) });
  // The text is already paths: resvg need not scan the system's fonts for each card.
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
}

/** The file of a card below the output folder, from its site path (segments are URL-encoded). */
export function cardFile(outDir: string, path: string): string {
  return join(outDir, ...path.split('/').filter(Boolean).map(decodeURIComponent));
}

/** Removes files below `dir` not in `written`, then the folders left empty. */
function removeStale(dir: string, written: ReadonlySet<string>): void {
  const sweep = (folder: string): boolean => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return false;
    }
    let empty = true;
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (sweep(path)) rmdirSync(path);
        else empty = false;
      } else if (!written.has(path)) unlinkSync(path);
      else empty = false;
    }
    return empty;
  };
  if (sweep(dir)) rmdirSync(dir);
}

/** Writes every card (none when the site has no address), keeping unchanged ones; see the module comment. */
export async function writeSocialCards(cards: readonly SocialCard[], outDir: string, options: CardOptions): Promise<WrittenCards> {
  const started = performance.now();
  const previous = readJsonRecord<CardRecord>(options.record, RECORD_VERSION, 'cards');
  const record = new Map<string, CardRecord>();
  const written = new Set<string>();
  let rendered = 0;
  let unchanged = 0;
  let bytes = 0;
  let renderMs = 0;
  for (const card of cards) {
    const file = cardFile(outDir, card.path);
    written.add(file);
    const key = `${RENDERER}:${socialCardKey(card, options.host)}`;
    const old = previous.get(card.path);
    if (old?.key === key && fileSha(file) === old.sha) {
      record.set(card.path, old);
      unchanged += 1;
      continue;
    }
    const t0 = performance.now();
    const png = await renderCard(card, options.host);
    renderMs += performance.now() - t0;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    record.set(card.path, { key, sha: contentSha(png) });
    rendered += 1;
    bytes += png.length;
  }
  removeStale(join(outDir, CARD_OUTPUT), written);
  if (options.record) writeJsonRecord(options.record, RECORD_VERSION, 'cards', record);
  return { cards: cards.length, rendered, unchanged, bytes, renderMs, ms: performance.now() - started };
}
