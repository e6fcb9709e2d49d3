/**
 * The everyday movements of the fear hierarchy (docs/clinical-rules.md §4): at least 12,
 * described in words and drawn as simple line drawings in the app (never
 * photographs from PHODA). The order is the catalogue's order, which also
 * breaks ties between equal fear ratings. Only ever add ids: old records keep
 * their movement.
 */
export const MOVEMENTS = [
  'bend_pick_up',
  'tie_shoes',
  'lean_over_sink',
  'twist_look_back',
  'reach_up',
  'lift_crate',
  'carry_shopping',
  'vacuum',
  'make_bed',
  'sit_long',
  'stand_long',
  'floor_up_down',
  'weeding',
  'run_short',
] as const;

export type MovementId = (typeof MOVEMENTS)[number];

/**
 * True for a movement id of the catalogue.
 *
 * @example
 * isMovementId('lift_crate') // true
 * isMovementId('juggling') // false
 */
export function isMovementId(value: unknown): value is MovementId {
  return typeof value === 'string' && (MOVEMENTS as readonly string[]).includes(value);
}
