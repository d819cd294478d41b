/**
 * Construction class, with invented actors and sentences and the real parser: a body described,
 * not named ("a jirga of some 50 tribal elders", "a delegation of religious scholars led by X",
 * "the government-backed peace committees"). A lower-case body noun with no owner before it is
 * an actor the article introduces, named by its description, with its noun as short name for a
 * later "the jirga". Near misses: an owner before the noun (a nationality, a possessive, a
 * modifier that names a state's officials), a body noun that needs an of-phrase and has none,
 * and a phrase that only ends in a body noun ("the killing of two members of a committee").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inventedActors, relationChecks } from '../helpers/invented-actors.ts';
import { testParser } from '../helpers/parser.ts';

const parser = testParser();
afterAll(() => parser.close());

const person = (id: string, name: string) => ({ id, name, kind: 'Person' as const, aliases: [] });
const { has, hasNot, entityNames } = relationChecks(
  parser,
  inventedActors(person('karl-brenner', 'Karl Brenner'), person('jan-hollis', 'Jan Hollis')),
);

describe('a body described, not named', () => {
  it('is an actor of its own, named by its description', async () => {
    await has(
      'A jirga of some 50 tribal elders demanded that Valdoria release the prisoners.',
      'DEMANDS jirga-of-some-50-tribal-elders>valdoria',
    );
    await has(
      'A delegation of religious scholars led by Karl Brenner pressed the Front to accept the constitution.',
      'LEADS karl-brenner>delegation-of-religious-scholars',
    );
    await has(
      'A delegation of religious scholars led by Karl Brenner pressed the Front to accept the constitution.',
      'DEMANDS delegation-of-religious-scholars>front',
    );
    await has('A lashkar of local tribesmen attacked Front positions near Karn.', 'ATTACKS lashkar-of-local-tribesmen>front');
    await has('The Front killed two members of a local peace committee in Karn.', 'ATTACKS front>local-peace-committee');
    expect(await entityNames('The government-backed peace committees defied the Front.')).toContain('government-backed peace committees');
  });

  it('is referred back to by its noun', async () => {
    await has(
      'A jirga of tribal elders met in Karn on Monday. The jirga demanded that the Front free the hostages.',
      'DEMANDS jirga-of-tribal-elders>front',
    );
  });

  it('not with an owner before it, without the of-phrase it needs, or inside another phrase', async () => {
    expect(await entityNames('A Valdorian delegation arrived in Karn and met the Front.')).not.toContain('Valdorian delegation');
    expect(await entityNames('A government committee demanded that the Front disarm.')).not.toContain('government committee');
    await hasNot('A government committee demanded that the Front disarm.', 'DEMANDS government-committee>front');
    expect(await entityNames('A delegation arrived in Karn and met the Front.')).not.toContain('delegation');
    const names = await entityNames('The Front denied the killing of two members of a local peace committee.');
    expect(names).toContain('local peace committee');
    expect(names.some((n) => n.startsWith('killing'))).toBe(false);
  });
});
