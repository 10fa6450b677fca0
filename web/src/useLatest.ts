// Answers can arrive out of order: a list reloaded after a change, then filtered while the reload
// is still under way, would be overwritten by the older answer. Each request takes a ticket; only
// the newest ticket's answer is shown.
import { useRef } from "react";

/** `begin`: call it when a request starts; the function it returns says whether that request is
 *  still the newest when its answer comes. */
export function tickets(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}

/** One `begin` (see tickets) for the component's life. */
export function useLatest(): () => () => boolean {
  const begin = useRef<ReturnType<typeof tickets> | null>(null);
  begin.current ??= tickets();
  return begin.current;
}
