// The one seeded generator every test fixture draws from (Park–Miller), so a failing case can be replayed.
export function seeded(seed: number): () => number {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/**
 * How many cases a property test draws: `n` in `npm test`, a tenth (at least 5) under `npm run mutate`, which
 * reruns the covering tests for every mutant (jest.mutate.config.js sets THADS_MUTATION_RUN).
 */
export function propertyRuns(n: number): number {
  return process.env.THADS_MUTATION_RUN ? Math.max(5, Math.round(n / 10)) : n;
}
