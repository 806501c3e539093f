// Keeps a view up to date while it is open: calls `refresh` again after `interval` milliseconds, as long as it asks
// for more (returns true) and the view has not been left; `interval` may be a function, asked before each wait. A hidden tab makes no calls; it catches up when shown.
export function keepFresh(refresh, interval) {
  let timer = null;
  let stopped = false;
  const next = () => {
    if (!stopped) timer = setTimeout(tick, typeof interval === 'function' ? interval() : interval);
  };
  const tick = async () => {
    if (document.hidden) return;
    let more = false;
    try {
      more = await refresh();
    } catch {
      more = true; // a failed call was shown to the person already; try again on the next tick
    }
    if (more) next();
    else stop();
  };
  const onVisible = () => {
    if (!document.hidden && !stopped) {
      clearTimeout(timer);
      tick();
    }
  };
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
  document.addEventListener('visibilitychange', onVisible);
  next();
  return stop;
}
