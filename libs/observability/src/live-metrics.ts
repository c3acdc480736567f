import { Counter, Gauge } from 'prom-client';
import { registry } from './metrics';

export const liveClients = new Gauge({
  name: 'newsflow_live_clients',
  help: 'Open /events streams of this query process',
  registers: [registry],
});

export const liveClientsDropped = new Counter({
  name: 'newsflow_live_clients_dropped_total',
  help: '/events clients dropped for leaving too much unread',
  registers: [registry],
});

export const webhookPosts = new Counter({
  name: 'newsflow_webhook_posts_total',
  help: 'Webhook POSTs of this query process by outcome: delivered (2xx), failed (retried later), gave_up (the last attempt failed)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
