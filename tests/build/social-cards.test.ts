import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFile, renderCard, writeSocialCards } from '../../src/build/social-cards.ts';
import type { SocialCard } from '../../src/site/social-card.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const temp = useTempDirs('crosscheck-cards-');

const card = (claim: string, value = '82.7%'): SocialCard => ({
  claim,
  path: `/og/claims/${claim}.png`,
  title: `Model X · ${claim}`,
  groups: [
    { value, reports: 2, names: ['Alpha News', 'Beta'], moreNames: 0 },
    { value: '79.1%', reports: 1, names: ['Gamma Weekly'], moreNames: 1 },
  ],
  moreGroups: 0,
  reports: 3,
  alt: 'alt',
});
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('writeSocialCards', () => {
  it('writes a 600×315 PNG per card, then keeps unchanged cards and re-renders changed or damaged ones', async () => {
    const out = temp();
    const record = join(temp(), 'cards.json');
    const cards = [card('model-x/score'), card('model-x/other')];
    const first = await writeSocialCards(cards, out, { host: 'facts.example.org', record });
    expect(first).toMatchObject({ cards: 2, rendered: 2, unchanged: 0 });
    const file = cardFile(out, cards[0].path);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).equals(PNG)).toBe(true);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 315]);

    const again = await writeSocialCards(cards, out, { host: 'facts.example.org', record });
    expect(again).toMatchObject({ rendered: 0, unchanged: 2 });

    writeFileSync(cardFile(out, cards[1].path), 'damaged');
    const changed = [card('model-x/score', '83%'), cards[1]];
    const third = await writeSocialCards(changed, out, { host: 'facts.example.org', record });
    expect(third).toMatchObject({ rendered: 2, unchanged: 0 });
    expect(readFileSync(file).equals(png)).toBe(false);
    expect(readFileSync(cardFile(out, cards[1].path)).subarray(0, 8).equals(PNG)).toBe(true);

    // Another host is printed on the card: every card is rendered again.
    expect(await writeSocialCards(changed, out, { host: 'other.example.org', record })).toMatchObject({ rendered: 2 });
  });

  it('removes cards no longer wanted, and the folder when none are', async () => {
    const out = temp();
    mkdirSync(join(out, 'og', 'claims', 'gone'), { recursive: true });
    writeFileSync(join(out, 'og', 'claims', 'gone', 'claim.png'), 'old');
    writeFileSync(join(out, 'index.html'), 'page');
    await writeSocialCards([card('model-x/score')], out, { host: 'h' });
    expect(existsSync(join(out, 'og', 'claims', 'gone'))).toBe(false);
    expect(statSync(cardFile(out, '/og/claims/model-x/score.png')).size).toBeGreaterThan(1000);
    const none = await writeSocialCards([], out, { host: 'h' });
    expect(none).toMatchObject({ cards: 0, rendered: 0 });
    expect(existsSync(join(out, 'og'))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

describe('renderCard', () => {
  it('renders a card whose text needs Latin Extended letters, with the fonts that have them', async () => {
    const plain = await renderCard(card('model-x/score'), 'h');
    const extended = await renderCard({ ...card('model-x/score'), title: 'Łódź · Dąbrowski' }, 'h');
    for (const png of [plain, extended]) expect(png.subarray(0, 8).equals(PNG)).toBe(true);
    expect(extended.equals(plain)).toBe(false);
  });
});
