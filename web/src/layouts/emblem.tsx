/** A gold star on red: a neutral national-style mark (not the State emblem). */
export function Emblem({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden focusable="false" style={{ flex: 'none' }}>
      <circle cx="32" cy="32" r="31" fill="#c62828" stroke="#ffd600" strokeWidth="2" />
      <path d="M32 12l5.9 12 13.1 1.9-9.5 9.3 2.2 13.1L32 42.1 20.3 48.3l2.2-13.1-9.5-9.3 13.1-1.9z" fill="#ffd600" />
    </svg>
  );
}
