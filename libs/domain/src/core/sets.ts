/** Adds names to a recorded list: each once, sorted, so a repeat or a reordering changes nothing. */
export function sortedUnion<T extends string>(recorded: readonly T[], added: readonly T[]): T[] {
  return [...new Set([...recorded, ...added])].sort();
}
