/**
 * Joins the SDL with the resolver map (graphql-js only, no extra schema toolkit): builds the
 * schema from `schema.graphql`, then attaches each resolver and scalar to its field or type.
 * An entry for a type or field the schema lacks fails at start-up.
 */
import { buildSchema, GraphQLObjectType, GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

const SCALARS: Record<string, GraphQLScalarType> = { Date: DateScalar, DateTime: DateTimeScalar };

/** Builds the executable schema. */
export function makeExecutableSchemaFrom(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const [name, impl] of Object.entries(SCALARS)) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLScalarType)) throw new Error(`schema.graphql has no scalar ${name}`);
    Object.assign(type, { serialize: impl.serialize, parseValue: impl.parseValue, parseLiteral: impl.parseLiteral });
  }
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`resolvers for unknown type ${typeName}`);
    const defs = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = defs[fieldName];
      if (!field) throw new Error(`resolver for unknown field ${typeName}.${fieldName}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
