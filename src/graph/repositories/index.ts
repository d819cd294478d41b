/**
 * The repositories a request uses, created per request (their batch loaders cache only within
 * one request). Each repository turns domain arguments into calls on the gateway.
 */
import type { Gateway } from '../gateway.ts';
import { createHealthRepository } from './health.ts';

/** Creates a request's repositories over the shared gateway. */
export function createRepositories(gateway: Gateway) {
  return {
    health: createHealthRepository(gateway),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
