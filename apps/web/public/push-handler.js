/*
 * Reminders by Web Push (decision 0031), imported into the generated service
 * worker (vite.config.ts, workbox.importScripts). Plain JavaScript because
 * the service worker is generated, not bundled. The message holds the
 * reminder's words in the person's language and the page it is about; no
 * health data. A tap opens that page, in an open window of the app if there
 * is one.
 */
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    // A message that is not JSON still shows a reminder.
  }
  const path = typeof message.path === 'string' && message.path.startsWith('/') ? message.path : '/';
  event.waitUntil(
    self.registration.showNotification(message.title || 'Veerkracht', {
      body: message.body || '',
      tag: message.tag || 'veerkracht',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      data: { path },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = event.notification.data?.path || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.navigate(path).then((client) => (client || open).focus());
      return self.clients.openWindow(path);
    }),
  );
});
