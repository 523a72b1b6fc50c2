import { describe, expect, it } from 'vitest';
import { shortSourceTitle, sourceShortNames, SHORT_TITLE_LIMIT } from '../../src/core/source-name.ts';

describe('short source names', () => {
  it('drops a short lead-in before a colon and stops at the headline\'s first break', () => {
    expect(shortSourceTitle('GPT-5.5: The Retrain Nobody Expected — How OpenAI Broke the Tie and Changed the Game')).toBe('The Retrain Nobody Expected');
    expect(shortSourceTitle("OpenAI's GPT-5.5 Is a Ground-Up Rebuild, and It Changes Everything")).toBe("OpenAI's GPT-5.5 Is a Ground-Up Rebuild");
    expect(shortSourceTitle('Introducing GPT-5.5')).toBe('Introducing GPT-5.5');
  });

  it('cuts a long remainder at a word boundary with an ellipsis', () => {
    const t = shortSourceTitle("OpenAI's GPT-5.5: The Efficiency Play That Could Redefine the AI Arms Race");
    expect(t).toBe('The Efficiency Play That Could Redefine…');
    expect(t.length).toBeLessThanOrEqual(SHORT_TITLE_LIMIT + 1);
  });

  it('uses the publisher when it has one source, the publisher and a short title when it has several, and never gives two sources one name', () => {
    const names = sourceShortNames([
      { id: 'a', title: 'The Silent Intelligence', publisher: 'Daily Neural Digest' },
      { id: 'b', title: 'GPT-5.5 is no potato', publisher: 'VentureBeat' },
      { id: 'c', title: 'Codex gets a valuation', publisher: 'VentureBeat' },
      { id: 'd', title: 'Same headline' },
      { id: 'e', title: 'Same headline' },
    ]);
    expect(names.get('a')).toBe('Daily Neural Digest');
    expect(names.get('b')).toBe('VentureBeat: GPT-5.5 is no potato');
    expect(names.get('c')).toBe('VentureBeat: Codex gets a valuation');
    expect(names.get('d')).toBe('Same headline (d)');
    expect(names.get('e')).toBe('Same headline (e)');
    expect(new Set(names.values()).size).toBe(5);
  });
});
