/**
 * Custom scalars. `Date` accepts only real partial dates (YYYY, YYYY-MM, YYYY-MM-DD); anything
 * else is BAD_USER_INPUT with the value in the message, whether it came as a literal or a variable.
 */
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../errors.ts';
import { isPartialDate } from '../model/dates.ts';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw badInput(`not a date: ${JSON.stringify(value)} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return value.trim();
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw badInput(`not a date-time: ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw badInput('not a date-time');
    return ast.value;
  },
});
