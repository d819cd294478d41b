/**
 * Event rules: which relationship type (and direction) a row's coded event stands for, by the
 * first rule of the mapping whose every field test holds. Compiled once per mapping.
 */
import type { Mapping, MappingRule } from './mapping.ts';

type Test = (value: string) => boolean;

export type EventMatch = { kind: 'rule'; rule: MappingRule } | { kind: 'unknown'; value: string } | { kind: 'unmapped'; value: string };

export interface EventMatcher {
  match(event: Record<string, string>): EventMatch;
}

function compileTest(m: MappingRule['when'][string]): Test {
  if (typeof m === 'string') {
    const want = m.toLowerCase();
    return (v) => v.toLowerCase() === want;
  }
  if ('prefix' in m) return (v) => v.startsWith(m.prefix);
  const re = new RegExp(m.pattern, 'i');
  return (v) => re.test(v);
}

/** Compiles a mapping's event rules. */
export function compileEventMatcher(mapping: Mapping): EventMatcher {
  const known = mapping.event_types.map((t) => t.toLowerCase());
  const isKnown =
    mapping.event_match === 'prefix'
      ? (v: string) => known.some((k) => v.toLowerCase().startsWith(k))
      : (v: string) => known.includes(v.toLowerCase());
  const rules = mapping.rules.map((rule) => ({
    rule,
    tests: Object.entries(rule.when).map(([field, m]) => [field, compileTest(m)] as const),
  }));
  return {
    match(event) {
      const value = event[mapping.event_field] ?? '';
      if (!isKnown(value)) return { kind: 'unknown', value };
      for (const { rule, tests } of rules) {
        if (tests.every(([field, test]) => test(event[field] ?? ''))) return { kind: 'rule', rule };
      }
      return { kind: 'unmapped', value };
    },
  };
}
