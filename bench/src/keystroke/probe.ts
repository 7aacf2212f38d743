/** One keystroke as the page saw it, in ms. */
export interface KeystrokeSample {
  /** From the keydown's timestamp (when the browser received it) to after the next frame. */
  latency: number;
  /** Until the keydown's first listener ran (the main thread was busy with something else). */
  inputDelay: number;
  /** From the keydown's first listener until the editor has handled the input (its transaction applied). */
  processing: number;
  /** From then until the next frame began: waiting for the frame clock. */
  frameWait: number;
  /** The main-thread part of that frame: style, layout, paint. */
  frame: number;
}

/** One incoming WebSocket message and the main-thread time its handler took, in ms. */
export interface MessageSample {
  /** y-websocket message type: 0 sync (document updates), 1 awareness (carets). */
  type: number;
  ms: number;
}

export interface ProbeRecords {
  keystrokes: KeystrokeSample[];
  messages: MessageSample[];
  longTasks: number[];
}

declare global {
  interface Window {
    __probe: ProbeRecords & { reset(): void };
  }
}

/**
 * Installed in the page before any of its scripts (page.addInitScript): times
 * every keystroke to the end of the frame that follows it, every incoming
 * WebSocket message's handler, and long tasks. Self-contained: Playwright
 * sends its source to the page, so no named inner functions or classes.
 */
export function installProbe(): void {
  const records: ProbeRecords = { keystrokes: [], messages: [], longTasks: [] };
  window.__probe = Object.assign(records, {
    reset() {
      records.keystrokes.length = 0;
      records.messages.length = 0;
      records.longTasks.length = 0;
    },
  });
  let pending: { received: number; start: number; handled: number } | null = null;
  addEventListener(
    'keydown',
    (event) => {
      const keystroke = { received: event.timeStamp, start: performance.now(), handled: 0 };
      pending = keystroke;
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        const handled = keystroke.handled || frameStart;
        // A message posted from a frame callback runs once that frame's style, layout and paint are done.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          records.keystrokes.push({
            latency: end - keystroke.received,
            inputDelay: keystroke.start - keystroke.received,
            processing: handled - keystroke.start,
            frameWait: frameStart - handled,
            frame: end - frameStart,
          });
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  addEventListener(
    'input',
    () => {
      const keystroke = pending;
      pending = null;
      // Queued behind ProseMirror's DOM observer, which reads the typed text and dispatches the transaction.
      if (keystroke) queueMicrotask(() => (keystroke.handled = performance.now()));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) records.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });

  // Patched on the prototype (no subclass: tsx would wrap a named class in a helper the page lacks).
  const descriptor = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    get(this: WebSocket) {
      return descriptor?.get?.call(this);
    },
    set(this: WebSocket, handler: ((event: MessageEvent) => void) | null) {
      descriptor?.set?.call(
        this,
        handler &&
          ((event: MessageEvent) => {
            const start = performance.now();
            handler.call(this, event);
            const type = event.data instanceof ArrayBuffer ? (new Uint8Array(event.data)[0] ?? -1) : -1;
            records.messages.push({ type, ms: performance.now() - start });
          }),
      );
    },
  });
}
