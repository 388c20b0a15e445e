/** Reads each subgraph's SQL statement counter from its /metrics. */
export async function sqlStatementTotals(urls: Record<string, string>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      const match = /^guildhall_sql_statements_total (\d+)$/m.exec(text);
      return [name, Number(match?.[1] ?? NaN)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
