/**
 * Resolves in a new task, so the browser can paint, handle input and run the page's own tasks between two
 * slices of work. A message to a channel, unlike chained `setTimeout(0)` calls, is not held back 4 ms each
 * time; unlike `scheduler.yield()`, it does not put the rest of the work ahead of the page's tasks.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
