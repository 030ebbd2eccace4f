/** "4 min read"; the engine already rounds to whole minutes, at least 1. */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}
