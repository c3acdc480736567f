import { DeadLetter, PipelineStatus } from '@newsflow/contracts';
import { formatAge, formatTable, shorten } from './table';

const counts = (record: Record<string, number>) =>
  Object.keys(record).length === 0 ? '(none)' : Object.entries(record).map(([k, n]) => `${k} ${n}`).join(', ');

export function renderDeadLetters(letters: DeadLetter[]): string {
  if (letters.length === 0) return '  (none)';
  return formatTable(
    ['  id', 'stage', 'deliveries', 'parked at', 'reason', 'payload'],
    letters.map((l) => [`  ${l.id}`, l.stage, l.deliveries, l.deadLetteredAt, shorten(l.reason, 70), shorten(l.payloadSummary, 60)]),
  );
}

/** The terminal view of `GET /pipeline/status`: one row per stage, then states, rejections and dead letters. */
export function renderStatus(status: PipelineStatus, stream: string): string {
  const stages = formatTable(
    ['stage', 'replicas', 'pending', 'ack-pending', 'redelivered', 'dead letters', 'done last min', 'failed', 'oldest unprocessed', 'waiting pulls'],
    status.stages.map((s) => [s.stage, s.replicas, s.pending, s.ackPending, s.redelivered, s.deadLetters, s.doneLastMinute, s.failed, formatAge(s.oldestPendingAgeMs), s.waitingPulls]),
  );
  const rejections =
    status.recentRejections.length === 0
      ? '  (none)'
      : formatTable(['  file', 'state', 'reason', 'at'], status.recentRejections.map((r) => [`  ${shorten(r.path, 50)}`, r.state, shorten(r.reason ?? '', 80), r.at]));
  return [
    `newsflow pipeline status at ${status.at} (stream ${stream})`,
    '',
    stages,
    '',
    `articles: ${counts(status.articles)}`,
    `files:    ${counts(status.files)}`,
    `apps:     ${counts(status.replicas)}`,
    `reconciliation: ${reconciliationLine(status.reconciliation.last)}${status.reconciliation.lastAction && status.reconciliation.lastAction !== status.reconciliation.last ? `; last change: ${reconciliationLine(status.reconciliation.lastAction)}` : ''}`,
    '',
    `recent rejections (${status.recentRejections.length}):`,
    rejections,
    '',
    `dead letters (${status.stages.reduce((n, s) => n + s.deadLetters, 0)} parked; oldest first):`,
    renderDeadLetters(status.deadLetters),
  ].join('\n');
}

function reconciliationLine(r: PipelineStatus['reconciliation']['last']): string {
  if (!r) return 'not run yet';
  return `${r.at}: ${r.checked} published files without a stored article (${r.inFlight} in flight), ${r.redriven} sent again, ${r.gone} given up, ${r.deadLettered} marked dead-lettered`;
}
