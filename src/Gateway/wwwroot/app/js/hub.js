// The SignalR connection to /hubs/auth: challenges, results, token locks and last-attempt warnings pushed by the server.
const handlers = { Challenge: new Set(), TransactionStatus: new Set(), TokenLock: new Set(), LastAttempt: new Set() };

/** Challenges received on this page, by transaction ID (a push may arrive before the POST that caused it answers). */
export const challenges = new Map();

let connection = null;

function setState(state) { document.body.dataset.hub = state; }

export async function connect() {
  if (connection) return;
  connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/auth')
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const name of Object.keys(handlers)) {
    connection.on(name, message => {
      if (name === 'Challenge') challenges.set(message.transactionId, message);
      for (const handler of handlers[name]) handler(message);
    });
  }
  connection.onreconnecting(() => setState('reconnecting'));
  connection.onreconnected(() => setState('connected'));
  connection.onclose(() => setState('closed'));
  setState('connecting');
  await connection.start();
  setState('connected');
}

export async function disconnect() {
  const current = connection;
  connection = null;
  challenges.clear();
  if (current) await current.stop();
  setState('closed');
}

/** Subscribes to a pushed event; returns the unsubscribe function. */
export function on(name, handler) {
  handlers[name].add(handler);
  return () => handlers[name].delete(handler);
}
