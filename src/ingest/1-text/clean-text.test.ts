import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { splitSentences } from './sentences.ts';

describe('cleanText', () => {
  it('blanks advertising, "Most Popular" and share lines but keeps offsets', () => {
    const raw = 'Militants attacked a checkpoint.\n- Advertisement -\nShare on Facebook\nMost Popular\nOfficials condemned it.';
    const cleaned = cleanText(raw);
    expect(cleaned.text).toHaveLength(raw.length);
    expect(cleaned.text).not.toMatch(/Advertisement|Facebook|Popular/);
    expect(cleaned.text.indexOf('Officials')).toBe(raw.indexOf('Officials'));
    expect(cleaned.removed.filter((r) => r.reason === 'furniture')).toHaveLength(3);
  });

  it('blanks links to other articles ("Read more: …", "Also read | …") but keeps prose that mentions them', () => {
    const raw =
      'The Front attacked a post.\nRead more: Levy repels raid, six attackers killed: officials\nAlso read | Talks resume in Lumen\nRelated reading is scarce.';
    const cleaned = cleanText(raw);
    expect(cleaned.text).not.toMatch(/repels|resume/);
    expect(cleaned.text).toContain('Related reading is scarce.');
  });

  it('removes navigation crumbs glued by a CMS and "Home > World" trails', () => {
    expect(cleanText('HomeNewsArmy chief visits Quetta\nText body.').text).not.toContain('Army chief');
    expect(cleanText('Home > World > Asia\nText body.').text).not.toContain('Asia');
  });

  it('reads the date of a date-only first line and of a "City, date —" dateline', () => {
    expect(cleanText('Friday, March 8, 2024\nThe army said.').datelineDate).toBe('2024-03-08');
    const withPrefix = cleanText('Quetta, 4 January 2023 — Police arrested two men.');
    expect(withPrefix.datelineDate).toBe('2023-01-04');
    expect(withPrefix.text.trimStart().startsWith('Police')).toBe(true);
  });

  it('reads the place of a dateline, dashed or in capitals with a colon', () => {
    expect(cleanText('Quetta, 4 January 2023 — Police arrested two men.').datelinePlace).toBe('Quetta');
    expect(cleanText('PESHAWAR (Wire) - Police arrested two men.').datelinePlace).toBe('PESHAWAR');
    const caps = cleanText('Headline here\n\nDERA ISMAIL KHAN: Police arrested two men on Monday.');
    expect(caps.datelinePlace).toBe('DERA ISMAIL KHAN');
    expect(caps.text).not.toContain('KHAN:');
    expect(cleanText('QUETTA (Staff Report): Police arrested two men.').datelinePlace).toBe('QUETTA');
    expect(cleanText('ISLAMABAD, Feb 7: Police arrested two men.').datelinePlace).toBe('ISLAMABAD');
    expect(cleanText('KARACHI, March 12, 2014: Police arrested two men.').datelinePlace).toBe('KARACHI');
    expect(cleanText('Police arrested two men: three escaped.').datelinePlace).toBeNull();
    expect(cleanText('Note: Police arrested two men.').datelinePlace).toBeNull();
  });

  it('reads a dateline with a month and day but no year, and one of several places', () => {
    const kamra = cleanText('ORVILLE, Valdoria, Aug 16 - Militants attacked the base.');
    expect(kamra.datelinePlace).toBe('ORVILLE');
    expect(kamra.text.trim()).toBe('Militants attacked the base.');
    expect(cleanText('DORN, Sept 7 - The Levy lodged a protest.').datelinePlace).toBe('DORN');
    expect(cleanText('ORVILLE, Valdoria, Nov. 2 - Jan Hollis said.').datelinePlace).toBe('ORVILLE');
    const two = cleanText('ORVILLE/DORN, Valdoria, July 21 (Wire) - The Levy lodged a protest.');
    expect(two.datelinePlace).toBe('ORVILLE');
    expect(two.text).not.toContain('DORN');
    expect(cleanText('KARN/TARN, June 15, 2014 (Newswire) - Troops moved in.').datelinePlace).toBe('KARN');
    // (not a sentence opened by a name and a dash, nor a place in ordinary case with no year)
    const prose = 'Jan Hollis, the envoy, Aug 16 - a date he chose - flew home.';
    expect(cleanText(prose).text).toBe(prose);
    expect(cleanText('Orville, the capital, May 3 - Troops moved in.').datelinePlace).toBeNull();
  });

  it("blanks an update's marker opening a paragraph, wherever it comes", () => {
    const raw =
      'The Front attacked the post on Monday, officials said, in a long report on the raid.\nUPDATE, Nov. 7 - The Levy said two men were held.\nUPDATE: The Front denied it.';
    const out = cleanText(raw);
    expect(out.text).not.toContain('UPDATE');
    expect(out.text).toContain('The Levy said two men were held.');
    expect(out.text).toContain('The Front denied it.');
    expect(out.text).toHaveLength(raw.length);
    expect(cleanText('Updates on the talks were scarce.').text).toBe('Updates on the talks were scarce.');
  });

  it('reads a press release’s place and date alone on a line', () => {
    const out = cleanText('Press Release\n\nIslamabad, 30 March 2024\n\nThe ministry condemned the attack.');
    expect(out.datelineDate).toBe('2024-03-30');
    expect(out.datelinePlace).toBe('Islamabad');
    expect(out.text).not.toContain('March');
    expect(cleanText('The ministry said, 30 March 2024 was the day.').datelinePlace).toBeNull();
  });

  it('reads a header line that ends in its place and date', () => {
    const out = cleanText(
      'Attack on a camp\nPress Release, Information Office (IO), Orville - September 18, 2015\n\n1. Gunmen attacked a camp.',
    );
    expect(out.datelinePlace).toBe('Orville');
    expect(out.datelineDate).toBe('2015-09-18');
    expect(out.text).not.toContain('Press Release');
    expect(
      cleanText(
        'Attack on a camp\nOfficials in Orville said gunmen from the hills had attacked the camp at night, killing four guards, on September 18, 2015\n',
      ).datelinePlace,
    ).toBeNull();
  });

  it('reads the date of a byline and blanks the byline', () => {
    const out = cleanText('Headline\nBy Staff Reporter | Published November 3, 2014\nThe army said.');
    expect(out.datelineDate).toBe('2014-11-03');
    expect(out.text).not.toContain('Staff Reporter');
    expect(cleanText('Headline\nThe report was published in the spring and updated often.').datelineDate).toBeNull();
  });

  it('reads the place of a dateline that carries its update, and the update as the date', () => {
    const out = cleanText('Headline\nORVILLE, Feb 6, 2014 (Wire) - updated April 16, 2014\n\nThe army said.');
    expect(out.datelinePlace).toBe('ORVILLE');
    expect(out.datelineDate).toBe('2014-04-16');
    expect(cleanText('Headline\nBy Staff Reporter - Updated April 16, 2014\nThe army said.').datelinePlace).toBeNull();
  });

  it('leaves ordinary prose untouched', () => {
    const raw = 'The most popular explanation is wrong, officials said.';
    expect(cleanText(raw).text).toBe(raw);
  });
});

describe('splitSentences', () => {
  it('splits on full stops and line breaks with offsets into the original', () => {
    const raw = 'Headline without a stop\nThe army said it struck hideouts. Police made arrests!';
    const sentences = splitSentences(raw);
    expect(sentences.map((s) => s.text)).toEqual(['Headline without a stop', 'The army said it struck hideouts.', 'Police made arrests!']);
    for (const s of sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, months and initials', () => {
    const sentences = splitSentences('Lt. Gen. Khan met U.S. officials on Jan. 5 in Kabul. They talked.');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.text).toContain('Kabul.');
  });

  it('splits at a semicolon before a capital (independent clauses), not before a lower-case word', () => {
    const raw = 'The envoy was recalled; Ostmark protested. Talks resumed in May; however, little changed.';
    const sentences = splitSentences(raw);
    expect(sentences.map((s) => s.text)).toEqual([
      'The envoy was recalled;',
      'Ostmark protested.',
      'Talks resumed in May; however, little changed.',
    ]);
    for (const s of sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives token offsets that index the original text', () => {
    const raw = '  The TTP’s chief spoke.';
    const [s] = splitSentences(raw);
    const poss = s!.tokens.find((t) => t.kind === 'poss')!;
    expect(raw.slice(poss.start, poss.end)).toBe('’s');
  });
});
