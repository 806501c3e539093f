import {stream} from './api.js';

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

/**
 * Follows a stream of Server-Sent Events from the API, calling `onEvent(name, data)` for each. A stream the
 * service ended is opened again while `more()` says so (a stream lasts a few minutes at most). When the stream
 * cannot be had (refused, or the connection broke), `unavailable(error)` is called once, so that the view can
 * ask instead. Returns a function that stops following.
 */
export function follow(path, onEvent, {more, unavailable}) {
  const connection = new AbortController();
  let stopped = false;
  (async () => {
    while (!stopped) {
      try {
        await readEvents(await stream(path, connection.signal), onEvent);
      } catch (error) {
        if (!stopped) unavailable(error);
        return;
      }
      if (!more()) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  return () => {
    stopped = true;
    connection.abort();
  };
}

/** The text/event-stream format: blocks separated by a blank line, of `event:` and `data:` lines. */
async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer = (buffer + value).replaceAll('\r\n', '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}
