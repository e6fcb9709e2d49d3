import { useEffect, useState } from 'preact/hooks';

/**
 * The recovery code as a QR code. The encoder (uqr) is loaded only when this
 * is shown, and the SVG is built here rather than injected as markup, which
 * keeps the strict CSP (no inline styles) intact. Always dark on light: QR
 * readers need that contrast, also in dark mode.
 */
export function QrCode(props: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let current = true;
    void import('uqr').then(({ encode }) => {
      if (current) setMatrix(encode(props.text, { ecc: 'M', border: 2 }).data);
    });
    return () => {
      current = false;
    };
  }, [props.text]);
  if (!matrix) return <div class="qr qr--loading" />;
  let path = '';
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  const size = matrix.length;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width={size} height={size} class="qr-light" />
      <path d={path} class="qr-dark" />
    </svg>
  );
}
