/**
 * A social card as satori's element tree (plain objects in React's shape: no React needed).
 * Colours follow the site's light theme (src/styles/site.css).
 */
import type { CardGroup, SocialCard } from '../site/social-card.ts';

/** The layout's own size; the renderer scales it to the published size (CARD_WIDTH). */
export const LAYOUT_WIDTH = 1200;
export const LAYOUT_HEIGHT = 630;

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | Array<CardNode | string> };
}

const INK = '#1c1f24';
const MUTED = '#5d6470';
const PAPER = '#fbfaf7';
const RULE = '#dcd8cf';
const CONTESTED = '#a3261b';
const CONTESTED_BG = '#fbeceb';

const h = (style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, ...(children !== undefined ? { children } : {}) } });

/** The largest type at which a value fits its cell in two lines (Inter averages about 0.56 em a character; 0.62 leaves room for lines broken between words). */
function valueSize(text: string, groups: number): number {
  const width = (LAYOUT_WIDTH - 120 - (groups - 1) * 60) / groups - 60;
  return [64, 52, 42, 34].find((size) => text.length <= 2 * Math.floor(width / (0.62 * size))) ?? 28;
}

function group(g: CardGroup, count: number): CardNode {
  const sources = g.names.join(', ') + (g.moreNames > 0 ? ` +${g.moreNames} more` : '');
  return h({ flexDirection: 'column', flex: 1, padding: '22px 28px', background: '#ffffff', border: `2px solid ${RULE}`, borderRadius: 16, minWidth: 0, overflow: 'hidden' }, [
    h({ fontSize: valueSize(g.value, count), fontWeight: 700, color: INK, lineHeight: 1.1, maxHeight: 150, overflow: 'hidden' }, g.value),
    h({ fontSize: 24, color: MUTED, marginTop: 12 }, g.reports === 1 ? '1 report' : `${g.reports} reports`),
    // Three lines at most: the names are there to recognise, the page lists them all.
    h({ fontSize: 24, color: INK, marginTop: 4, lineHeight: 1.25, maxHeight: 90, overflow: 'hidden' }, sources),
  ]);
}

export function cardLayout(card: SocialCard, host: string): CardNode {
  const title = card.title.length > 90 ? `${card.title.slice(0, 88).trimEnd()}…` : card.title;
  const cells: CardNode[] = [];
  card.groups.forEach((g, i) => {
    if (i > 0) cells.push(h({ alignSelf: 'center', fontSize: 30, fontWeight: 700, color: CONTESTED, padding: '0 14px' }, 'vs'));
    cells.push(group(g, card.groups.length));
  });
  const foot = [`${card.reports} reports`, card.moreGroups > 0 ? `+${card.moreGroups} more ${card.moreGroups === 1 ? 'value' : 'values'}` : '', host].filter(Boolean).join(' · ');
  return h({ width: LAYOUT_WIDTH, height: LAYOUT_HEIGHT, boxSizing: 'border-box', flexDirection: 'column', padding: '48px 60px', background: PAPER, fontFamily: 'Inter', color: INK }, [
    h({ alignItems: 'center', justifyContent: 'space-between' }, [
      h({ fontSize: 32, fontWeight: 700, color: INK }, 'Crosscheck'),
      h({ fontSize: 26, fontWeight: 700, color: CONTESTED, background: CONTESTED_BG, padding: '8px 20px', borderRadius: 999 }, 'Contested: the sources disagree'),
    ]),
    h({ fontSize: title.length > 40 ? 44 : 54, fontWeight: 700, marginTop: 28, lineHeight: 1.15, maxHeight: 110, overflow: 'hidden' }, title),
    h({ alignItems: 'stretch', marginTop: 28, maxHeight: 330, overflow: 'hidden' }, cells),
    h({ fontSize: 24, color: MUTED, marginTop: 'auto' }, foot),
  ]);
}
