/** The feather mark (veer = feather and spring); decorative next to the name. */
export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" class="logo-bg" />
      <path d="M380 124C228 132 136 244 146 378 272 380 390 290 380 124Z" class="logo-leaf" />
      <path d="M146 378 306 208" class="logo-rib" />
      <path d="M150 374 108 416" class="logo-stem" />
    </svg>
  );
}
