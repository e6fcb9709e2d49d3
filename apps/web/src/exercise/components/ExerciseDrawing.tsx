import '../exercise-drawing.css';

/**
 * One simple line drawing per exercise, in the style of the movement
 * drawings: a stick figure in the text colour, what it uses (a chair, a band,
 * a wall, a mat, an arrow for the movement) in the accent colour, on a 96 × 96
 * grid. Unlike the movement drawings it carries a text alternative (`label`,
 * the texts' `drawing`), because on the exercise page the drawing is content.
 * Most are seen from the side, standing or lying on the floor line; knee rolls
 * are seen from above, on a mat, without the floor line.
 */
type Drawing = { head: [number, number]; body: string; props: string; ground?: false };

export const EXERCISE_DRAWINGS: Readonly<Record<string, Drawing>> = {
  hip_hinge: {
    head: [27, 31],
    body: 'M60 52L34 37M60 52L56 70L56 89M60 52L61 71L63 89M35 39L40 55L55 62',
    props: 'M70 52H84M80 48L84 52L80 56',
  },
  squat: {
    head: [54, 27],
    body: 'M38 58L50 34M38 58L54 66L50 89M50 37L68 42',
    props: 'M12 62H34M14 62V34M16 62V89M32 62V89',
  },
  glute_bridge: {
    head: [11, 83],
    body: 'M18 86L46 70M46 70L62 64L66 89M20 88H40',
    props: 'M6 90H90M46 60V46M42 50L46 46L50 50',
  },
  bird_dog: {
    head: [26, 52],
    body: 'M34 60H60M34 60L34 89M60 60V88H74M35 61L10 58M60 60L88 54',
    props: 'M6 90H90',
  },
  dead_bug: {
    head: [12, 82],
    body: 'M19 84H50M50 84L50 62H68M50 84L62 70L78 80M24 84L22 58M28 84L32 58',
    props: 'M6 90H90M86 70V82M82 78L86 82L90 78',
  },
  side_plank: {
    head: [15, 57],
    body: 'M23 62L48 76L70 88L86 80M23 62V88H38M26 62L28 40',
    props: 'M6 90H90M56 64V52M52 56L56 52L60 56',
  },
  band_row: {
    head: [58, 14],
    body: 'M58 21V54M58 54L54 72L52 89M58 54L62 72L64 89M58 28L68 40L50 43',
    props: 'M8 16V89M8 43H12M12 43L50 43',
  },
  farmers_carry: {
    head: [48, 13],
    body: 'M48 20V54M48 54L44 72L42 89M48 54L52 72L54 89M46 25L38 40L33 56M50 25L58 40L63 56',
    props: 'M26 62H40V78H26ZM29 62Q33 54 37 62M56 62H70V78H56ZM59 62Q63 54 67 62',
  },
  step_up: {
    head: [40, 13],
    body: 'M40 20V52M40 52L38 70L36 89M40 52L56 58L58 72M38 26L34 42L36 52M42 26L46 42L44 52',
    props: 'M50 89V72H90V89',
  },
  split_squat: {
    head: [40, 22],
    body: 'M40 29V60M40 60L58 64L58 89M40 60L28 82L12 88M42 34L64 44',
    props: 'M64 38V89M64 64H84M84 64V89',
  },
  back_extension: {
    head: [20, 68],
    body: 'M28 73L52 86L88 88M30 76L50 88',
    props: 'M6 90H90M14 54Q14 46 24 46M20 44L24 46L22 50',
  },
  calf_raise: {
    head: [48, 10],
    body: 'M48 17V50M48 50L46 70L46 84L50 89M48 50L50 70L50 84L54 89M50 24L62 34L74 34',
    props: 'M76 14V89M34 80V66M30 70L34 66L38 70',
  },
  wall_push_up: {
    head: [29, 28],
    body: 'M68 89L50 62L34 37M34 38L23 47L13 37',
    props: 'M10 6V89',
  },
  cat_cow: {
    head: [24, 66],
    body: 'M32 60Q47 44 62 60M32 60V89M62 60V88H78M28 62L32 60',
    props: 'M6 90H90M47 38V28M43 32L47 28L51 32',
  },
  knee_rolls: {
    head: [48, 12],
    body: 'M48 19V54M26 28H70M48 54L68 60L56 78M48 54L70 66L60 84',
    props: 'M20 4H76V92H20ZM76 52Q84 66 74 80M70 78L74 80L77 76',
    ground: false,
  },
  hip_flexor_stretch: {
    head: [46, 26],
    body: 'M46 33V64M46 64L64 66L64 89M46 64L38 88L18 89M46 38L52 52L50 62',
    props: 'M6 90H90M58 50H70M66 46L70 50L66 54',
  },
  thoracic_rotation: {
    head: [12, 82],
    body: 'M19 84H52M52 84L62 72L76 80M23 84L20 60',
    props: 'M6 90H90M34 74Q30 46 10 62M11 57L10 62L15 63',
  },
  childs_pose: {
    head: [31, 77],
    body: 'M74 89H52L70 78M70 78Q58 62 40 80M40 82L8 88',
    props: 'M6 90H90',
  },
  hamstring_stretch: {
    head: [12, 82],
    body: 'M19 84H50M50 84L68 52M50 84L62 70L72 89M24 84L40 66',
    props: 'M6 90H90M40 66L67 50M40 66L70 54',
  },
  pelvic_tilt: {
    head: [12, 82],
    body: 'M19 84H48M48 84L60 66L66 89M22 88H42',
    props: 'M6 90H90M30 76Q36 70 42 76M39 72L42 76L38 78',
  },
  standing_side_bend: {
    head: [35, 17],
    body: 'M48 54Q50 38 40 24M48 54L44 72L42 89M48 54L52 72L54 89M38 28L33 43L36 58M44 28Q54 6 26 6',
    props: 'M20 26Q12 34 16 46M13 42L16 46L20 43',
  },
};

/** Whether the exercise has a drawing (every exercise of the library does; a test checks it). */
export function hasDrawing(exerciseId: string): boolean {
  return Object.hasOwn(EXERCISE_DRAWINGS, exerciseId);
}

export function ExerciseDrawing(props: { exerciseId: string; label: string; size?: number }) {
  const drawing = EXERCISE_DRAWINGS[props.exerciseId];
  if (!drawing) return null;
  const [cx, cy] = drawing.head;
  const size = props.size ?? 96;
  return (
    <svg
      class="exercise-drawing"
      viewBox="0 0 96 96"
      width={size}
      height={size}
      role="img"
      aria-label={props.label}
      focusable="false"
    >
      {drawing.ground === false ? null : <path class="ground" d="M4 90H92" />}
      <path class="prop" d={drawing.props} />
      <path class="figure" d={drawing.body} />
      <circle class="figure" cx={cx} cy={cy} r={6.5} />
    </svg>
  );
}
