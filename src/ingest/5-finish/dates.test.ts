import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';

const values = (text: string, published: string | null): Array<string | null> => findDates(text, published).map((d) => d.value);

describe('findDates', () => {
  it('leans weekdays to the past, strictly before publication', () => {
    expect(values('Officials met on Friday.', '2024-05-10')).toEqual(['2024-05-03']); // published on a Friday
    expect(values('The blast happened on Tuesday.', '2024-05-10')).toEqual(['2024-05-07']);
    expect(values('They spoke last Sunday.', '2024-05-10')).toEqual(['2024-05-05']);
  });

  it('infers the year of a day or month named without one', () => {
    expect(values('Talks began on March 3.', '2024-05-10')).toEqual(['2024-03-03']);
    expect(values('Talks began in October.', '2024-05-10')).toEqual(['2023-10']);
    expect(values('It was signed on 20 May.', '2024-05-10')).toEqual(['2023-05-20']);
  });

  it('keeps the precision of the text', () => {
    expect(values('The truce ended in July last year.', '2024-05-10')).toEqual(['2023-07']);
    expect(values('Attacks rose last year.', '2024-05-10')).toEqual(['2023']);
    expect(values('Arrests began last month.', '2024-01-15')).toEqual(['2023-12']);
    expect(values('Raids started earlier this month.', '2024-05-10')).toEqual(['2024-05']);
    expect(values('It happened on 2 February 2021.', null)).toEqual(['2021-02-02']);
    expect(values('It was agreed in August 2019.', null)).toEqual(['2019-08']);
  });

  it('returns null for relative dates without a publication date', () => {
    expect(values('The strike came on Monday.', null)).toEqual([null]);
  });

  it('does not read the modal verb "may" as a month', () => {
    expect(values('The group may retaliate.', '2024-05-10')).toEqual([]);
    expect(values('Talks resumed in May.', '2024-08-10')).toEqual(['2024-05']);
  });
});
