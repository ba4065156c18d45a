import { useEffect, useState } from 'react';

/** What the person typed, trimmed, once they paused for `ms`: one server search per pause, not per key. */
export function useDebouncedText(typed: string, ms = 250): string {
  const [settled, setSettled] = useState(typed.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(typed.trim()), ms);
    return () => clearTimeout(timer);
  }, [typed, ms]);
  return settled;
}
