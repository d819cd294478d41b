/** The resolver map: one module per type, merged here. Resolvers stay thin (args → repository → result). */
import { queryResolvers } from './query.ts';

export const resolvers = {
  Query: queryResolvers,
};
