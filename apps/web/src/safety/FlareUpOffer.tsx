import { flareUpAfterCheckIn } from '@veerkracht/core';
import { useCheckInsByDay } from '../data/useCheckIns';
import { EmergencyItemsOffer } from '../ui/safetySigns/EmergencyItemsOffer';
import './today.css';

/**
 * After a check-in with a flare-up (pain clearly worse than usual, as the
 * core's `flareUpAfterCheckIn` reads it), offer the emergency signs right
 * away, before any reassurance.
 */
export function FlareUpOffer(props: { date: string; pain: number }) {
  const byDay = useCheckInsByDay();
  if (!flareUpAfterCheckIn(byDay, props.date, props.pain)) return null;
  return (
    <div class="flare-up" data-flare-up>
      <EmergencyItemsOffer context="flare_up" />
    </div>
  );
}
