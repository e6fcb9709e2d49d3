import type { MovementId } from '@veerkracht/core';

/**
 * One simple line drawing per movement: a stick figure (body in the text
 * colour) with the things it handles (in the accent colour), on a 96 × 96
 * grid so it stays clear at 96 px. Decorative: the name and description are
 * always written next to it, so the drawing is hidden from screen readers.
 */
type Drawing = { head: [number, number]; body: string; props: string };

const DRAWINGS: Record<MovementId, Drawing> = {
  bend_pick_up: {
    head: [24, 43],
    body: 'M30 49L52 57M52 57L56 73L52 89M52 57L61 72L65 89M31 50L28 64L30 78',
    props: 'M22 89V79H37V89',
  },
  tie_shoes: {
    head: [58, 37],
    body: 'M36 60L52 44M36 60H56V86M52 46L58 64L60 83',
    props: 'M22 62H42M22 62V34M24 62V89M40 62V89M53 88H66',
  },
  lean_over_sink: {
    head: [60, 38],
    body: 'M38 58L54 45M38 58L36 74L34 89M38 58L42 74L43 89M54 47L60 53L65 58',
    props: 'M60 58H90V89M60 58V89M62 58Q75 68 88 58M84 58V50H78',
  },
  twist_look_back: {
    head: [48, 15],
    body: 'M48 23V55M42 30H56M42 30L35 45L40 55M56 30L64 42L58 52M48 55L42 72L40 89M48 55L54 72L57 89',
    props: 'M24 40A25 9 0 0 0 72 40M65 35L72 40L64 44',
  },
  reach_up: {
    head: [36, 26],
    body: 'M36 33V62M36 62L32 76L30 89M36 62L40 76L42 89M37 36L48 25L59 16M35 36L29 50L31 62',
    props: 'M54 14H90M88 14V22M64 14V5H76V14',
  },
  lift_crate: {
    head: [45, 32],
    body: 'M28 64L40 40M28 64L44 62L40 89M28 64L40 68L32 89M41 42L48 54L52 66',
    props: 'M50 66H76V89H50ZM56 66V60M63 66V60M70 66V60',
  },
  carry_shopping: {
    head: [48, 13],
    body: 'M48 20V54M48 54L42 70L36 89M48 54L54 70L58 89M46 25L38 41L36 56M50 25L58 41L60 56',
    props: 'M28 60H44V79H28ZM32 60Q36 53 40 60M52 60H68V79H52ZM56 60Q60 53 64 60',
  },
  vacuum: {
    head: [31, 18],
    body: 'M33 25L38 56M38 56L50 70L52 89M38 56L31 72L24 89M34 29L46 39L56 46M33 30L43 44L56 47',
    props: 'M56 46L77 84M67 86H90',
  },
  make_bed: {
    head: [50, 37],
    body: 'M28 58L44 44M28 58L24 74L22 89M28 58L31 74L31 89M45 46L52 55L56 62',
    props: 'M48 62H90V74H48ZM50 74V89M88 74V89M76 62V56H90V62',
  },
  sit_long: {
    head: [37, 21],
    body: 'M36 29V60M36 60H56V86M37 33L46 46L54 56',
    props: 'M30 62H50M30 62V34M32 62V89M48 62V89M53 88H64M76 13A9 9 0 1 1 75.9 13ZM76 22V16M76 22L81 25',
  },
  stand_long: {
    head: [36, 15],
    body: 'M36 22V56M36 56L33 72L33 89M36 56L40 72L40 89M34 27L30 43L33 56M38 27L43 43L40 56',
    props: 'M62 89V62M88 89V62M62 64Q75 72 88 64M75 13A9 9 0 1 1 74.9 13ZM75 22V16M75 22L80 25',
  },
  floor_up_down: {
    head: [42, 27],
    body: 'M42 34V64M42 64H58V89M42 64L34 89L18 89M42 38L52 52L57 62',
    props: 'M80 86V50M74 57L80 50L86 57',
  },
  weeding: {
    head: [58, 49],
    body: 'M16 89H38M38 89L32 68M32 68L52 57M52 59L60 72L66 86',
    props: 'M72 89V76M72 81Q66 77 64 70M72 81Q78 77 80 70M85 89V80M85 83Q89 80 91 76',
  },
  run_short: {
    head: [55, 15],
    body: 'M53 22L46 52M46 52L60 64L56 82L62 82M46 52L38 68L24 72M52 27L62 38L70 32M51 27L42 37L34 34',
    props: 'M8 30H22M4 40H18M10 50H24',
  },
};

export function MovementDrawing(props: { movement: MovementId; large?: boolean }) {
  const drawing = DRAWINGS[props.movement];
  const [cx, cy] = drawing.head;
  return (
    <svg
      class={`movement-drawing${props.large ? ' movement-drawing--large' : ''}`}
      viewBox="0 0 96 96"
      aria-hidden="true"
      focusable="false"
    >
      <path class="ground" d="M4 90H92" />
      <path class="prop" d={drawing.props} />
      <path class="figure" d={drawing.body} />
      <circle class="figure" cx={cx} cy={cy} r={6.5} />
    </svg>
  );
}
