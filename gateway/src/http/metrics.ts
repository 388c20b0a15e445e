/** A few Prometheus counters for the edge; enough to see traffic, errors and live connections. */
export function createMetrics() {
  const counters = { requests: 0, operations: 0, operationErrors: 0 };
  return {
    counters,
    render(liveConnections: number): string {
      const usage = process.cpuUsage();
      const memory = process.memoryUsage();
      return [
        '# TYPE guildhall_gateway_http_requests_total counter',
        `guildhall_gateway_http_requests_total ${counters.requests}`,
        '# TYPE guildhall_gateway_graphql_operations_total counter',
        `guildhall_gateway_graphql_operations_total ${counters.operations}`,
        '# TYPE guildhall_gateway_graphql_operation_errors_total counter',
        `guildhall_gateway_graphql_operation_errors_total ${counters.operationErrors}`,
        '# TYPE guildhall_gateway_live_connections gauge',
        `guildhall_gateway_live_connections ${liveConnections}`,
        '# TYPE process_cpu_seconds_total counter',
        `process_cpu_seconds_total ${(usage.user + usage.system) / 1e6}`,
        '# TYPE process_resident_memory_bytes gauge',
        `process_resident_memory_bytes ${memory.rss}`,
        '',
      ].join('\n');
    },
  };
}
