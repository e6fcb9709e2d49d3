import type { MovementId } from '@veerkracht/core';

/** What each movement is, in plain words (B1). Loaded on demand, so the first page stays small. */
export const MOVEMENT_TEXT: Record<MovementId, string> = {
  bend_pick_up:
    'You bend forward or bend your knees and pick something up from the floor, such as a sock or a toy. Then you stand up straight again.',
  tie_shoes: 'You sit on a chair and bend forward to tie your laces.',
  lean_over_sink: 'You stand at the sink and lean forward, for example to brush your teeth or wash your face.',
  twist_look_back:
    'You turn your upper body to look behind you, like when you reverse into a parking space or when someone calls you.',
  reach_up: 'You stretch your arm up to take something from a high shelf or to put something on it.',
  lift_crate: 'You lift a crate of bottles from the floor and put it down somewhere else.',
  carry_shopping: 'You carry two full shopping bags, from the shop or the car to your home.',
  vacuum: 'You vacuum a room. You push and pull the vacuum cleaner and bend forward now and then.',
  make_bed: 'You make the bed. You bend over the bed and tuck in the sheet.',
  sit_long: 'You sit on a chair for an hour, for example during a film or at a birthday party.',
  stand_long: 'You stand still for a while, for example in the queue at the till or while cooking.',
  floor_up_down: 'You sit down on the floor, for example to play with a child. Then you stand up again.',
  weeding: 'You kneel in the garden and bend forward to pull out weeds.',
  run_short: 'You run a short way, for example to catch the bus or after a child.',
};
