/**
 * Validation rules that refuse expensive operations before any Cypher runs:
 * - depth: how deeply selections nest (fragments followed), at most MAX_QUERY_DEPTH;
 * - cost: every field costs 1, and a list field's sub-selection is multiplied by the page it
 *   asks for (`first`/`limit`/`k`, or a default), so `actors(first: 100) { relationships(first: 100) }`
 *   is priced as the 10,000 rows it could return.
 * Both fail with BAD_USER_INPUT and say which bound was hit.
 */
import {
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { badInput } from '../errors.ts';

const PAGE_ARGS = ['first', 'limit', 'k'];
const DEFAULT_PAGE = 20;

function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (!PAGE_ARGS.includes(arg.name.value)) continue;
    const n = numberOf(arg.value, variables);
    if (n !== undefined) return Math.max(1, n);
  }
  return 1;
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : DEFAULT_PAGE;
  }
  return undefined;
}

interface Measure {
  depth: number;
  cost: number;
}

function measure(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, seen: Set<string>): Measure {
  if (!set) return { depth: 0, cost: 0 };
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const inner = measure(selection.selectionSet, fragments, variables, seen);
      const hasArgs = (selection.arguments ?? []).some((a) => PAGE_ARGS.includes(a.name.value));
      const multiplier = hasArgs ? pageSize(selection, variables) : 1;
      depth = Math.max(depth, 1 + inner.depth);
      cost += 1 + multiplier * inner.cost;
    } else {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? measure(selection.selectionSet, fragments, variables, seen)
          : seen.has(selection.name.value)
            ? { depth: 0, cost: 0 }
            : measure(fragments[selection.name.value]?.selectionSet, fragments, variables, new Set([...seen, selection.name.value]));
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

/** A validation rule enforcing both bounds; `variables` come from the request when known. */
export function createLimitRule(maxDepth: number, maxCost: number, variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const { depth, cost } = measure(def.selectionSet, fragments, variables, new Set());
        if (depth > maxDepth) context.reportError(badInput(`query is too deep: depth ${depth}, at most ${maxDepth}`, { limit: 'depth', depth, maxDepth }));
        else if (cost > maxCost) context.reportError(badInput(`query is too expensive: cost ${cost}, at most ${maxCost} (ask for smaller pages)`, { limit: 'cost', cost, maxCost }));
      }
    },
  });
}
