/** The groupings `group-by` accepts; the swimlanes themselves are in swimlanes.ts, fetched when asked for. */
export type GroupBy = 'category' | 'actor' | 'place';

export const GROUP_BYS: readonly GroupBy[] = ['category', 'actor', 'place'];
