/**
 * Test-only hook for the slow-consumer fault test (tests/faults/slow-consumer.fault.ts): when
 * NEWSFLOW_TEST_ENTITIES_DELAY_MS is set, each article waits that long before its entities are stored,
 * so handling outlasts ACK_WAIT_MS and the transport's working() heartbeat must keep the message.
 * Read straight from the environment on purpose: it is not a setting, and it is unset in production.
 */
const delayMs = Number(process.env.NEWSFLOW_TEST_ENTITIES_DELAY_MS) || 0;

export function testDelay(): Promise<void> | undefined {
  return delayMs > 0 ? new Promise((r) => setTimeout(r, delayMs)) : undefined;
}
