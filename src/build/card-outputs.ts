/**
 * Where the social cards live in the output folder and in the cache folder. A module of its
 * own so the integration names them without loading the renderer (satori, resvg) with the config.
 */

/** The folder below the output folder that holds the cards; the card step alone writes and cleans it. */
export const CARD_OUTPUT = 'og';

/** The cards' keys kept between builds, in Astro's cacheDir (see social-cards.ts). */
export const CARD_RECORD = 'crosscheck-cards.json';
