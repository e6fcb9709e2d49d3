import type { MovementId } from '@veerkracht/core';
import type { MessageKey } from '../i18n/i18n';

/** The catalogue key of each movement's short name (the descriptions load with the movement pages). */
export function movementNameKey(movement: MovementId): MessageKey {
  return `movement.${movement}`;
}
