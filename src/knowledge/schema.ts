/**
 * The shape of the knowledge base's data files (`knowledge/**.yaml`), as zod schemas.
 *
 * The schemas check one entry at a time (fields, types, kinds, date syntax); checks that span
 * entries or files (unique ids, unique aliases, references to other ids) live in
 * `load-knowledge.ts`. Unknown fields are errors, so a misspelt field name ("alias:") does not
 * silently drop data.
 */
import { z } from 'zod';
import { ACTOR_KINDS } from '../model/vocabulary.ts';

/** A calendar day, YYYY-MM-DD, that exists (2023-02-30 does not). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar day');

/** A stable, readable id: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "noor-wali-mehsud"');

const text = z.string().trim().min(1, 'must not be empty');

/** One actor (armed group, government, security force, person, party, organisation). */
export const actorEntry = z
  .strictObject({
    id: slug,
    name: text,
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(text).default([]),
    description: text.optional(),
    /** Persons: the body they serve in (an actor id). */
    affiliation: slug.optional(),
    /** Persons: "female" where the news refers to them as "she"/"her" (pronoun resolution). */
    gender: z.enum(['female', 'male']).optional(),
    /** Persons: their role in that body ("spokesman", "emir", "interior minister"). */
    role: text.optional(),
    /**
     * Persons: offices held over time, so that a bare title in an article ("Prime Minister X")
     * reads as the office the person held on the article's day, whatever their standing
     * affiliation (a party leader who was prime minister).
     */
    offices: z
      .array(
        z
          .strictObject({ body: slug, role: text, from: isoDay.optional(), to: isoDay.optional() })
          .refine((o) => !o.from || !o.to || o.from <= o.to, { message: 'from is after to', path: ['to'] }),
      )
      .optional(),
    /**
     * Ministries, committees and offices: the government they are part of. Relations extracted
     * from text are recorded against that government (the corpus convention: a state's
     * ministries are the government), the ministry staying in the graph under its own name.
     */
    partOf: slug.optional(),
    /**
     * Media wings and press offices: the body whose statements they issue. What they state is
     * recorded against that body (the corpus convention: ISPR speaks for the army), while their
     * own membership of it stays a relation of theirs.
     */
    speaksFor: slug.optional(),
    /**
     * Security forces, state agencies and provincial governments: the government they serve
     * (the state's side they are on). A state's report of what
     * its own forces did is its own statement, not an accusation (armies and forces named in a
     * nationality entry serve its government without this field).
     */
    serves: slug.optional(),
    /**
     * Governments: the place (a country or province id) they govern, so a role tied to the place
     * ("the chief minister of Khyber-Pakhtunkhwa", "Sindh's governor") is tied to them.
     */
    governs: slug.optional(),
    /**
     * The actor's kind before `validFrom`, where it existed in another form (the Afghan Taliban
     * were an insurgency, an ArmedGroup, until they took Kabul): extraction reads an article
     * dated earlier with this kind ("the group" can then refer to it).
     */
    kindBefore: z.enum(ACTOR_KINDS).optional(),
    /**
     * Armed groups: the governments they wage war on, principal first. An article about the
     * group that speaks of unnamed "soldiers" means that government's army.
     */
    fights: z.array(slug).optional(),
    /**
     * Names that mean this actor only in one place, from a day on: "the Taliban" in a sentence
     * set in Swat are the Pakistani Taliban; "police" in one set in Quetta are the provincial
     * police. `place` is a place id, a country or a province; the sentence's places must all lie
     * in it (places' `country` and `province` fields).
     */
    localAliases: z.array(z.strictObject({ place: slug, aliases: z.array(text).min(1), from: isoDay.optional() })).optional(),
    /**
     * The government an article means by "the government" when it names none (one at most: the
     * knowledge base follows news written from that country).
     */
    home: z.literal(true).optional(),
    validFrom: isoDay.optional(),
    validTo: isoDay.optional(),
  })
  .refine((a) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo, { message: 'validFrom is after validTo', path: ['validTo'] })
  .refine((a) => !a.kindBefore || a.validFrom, { message: 'kindBefore needs validFrom', path: ['kindBefore'] });
export type ActorEntry = z.infer<typeof actorEntry>;

/** One place. */
export const placeEntry = z.strictObject({
  id: slug,
  name: text,
  /**
   * The country the place lies in: the id of another place entry (a country). Countries
   * themselves, and places not inside one country (the Durand Line, disputed Kashmir), have none.
   */
  country: slug.optional(),
  /** The province or region of its country the place lies in: the id of another place entry in that country. */
  province: slug.optional(),
  kind: z.literal('Location').default('Location'),
  aliases: z.array(text).default([]),
  description: text.optional(),
});
export type PlaceEntry = z.infer<typeof placeEntry>;

/** A meaning that may hold only within a date range; without `from`/`to` it is the default. */
const dated = {
  from: isoDay.optional(),
  to: isoDay.optional(),
};

/** One meaning of a place word used as an agent ("Islamabad said"). */
export const metonymEntry = z
  .strictObject({ word: text, actor: slug, ...dated })
  .refine((m) => !m.from || !m.to || m.from <= m.to, { message: 'from is after to', path: ['to'] });
export type MetonymEntry = z.infer<typeof metonymEntry>;

/** One meaning of a nationality adjective or demonym ("Pakistani", "Afghans"). */
export const nationalityEntry = z
  .strictObject({
    words: z.array(text).min(1, 'needs at least one word'),
    place: slug.optional(),
    government: slug.optional(),
    army: slug.optional(),
    /** Its security forces as a whole ("Pakistani forces"), when they are a separate actor. */
    forces: slug.optional(),
    /** Its intelligence service ("Afghan intelligence", "Indian intelligence agencies"). */
    intelligence: slug.optional(),
    /** Its navy and its air force, for posts named by their service ("a naval base", "an air base"). */
    navy: slug.optional(),
    airForce: slug.optional(),
    ...dated,
  })
  .refine((n) => !n.from || !n.to || n.from <= n.to, { message: 'from is after to', path: ['to'] })
  .refine((n) => n.place || n.government || n.army, { message: 'needs at least one of place, government, army', path: ['place'] });
export type NationalityEntry = z.infer<typeof nationalityEntry>;
