// The one seeded generator every test fixture draws from (Park–Miller), so a failing case can be replayed.
export function seeded(seed: number): () => number {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}
