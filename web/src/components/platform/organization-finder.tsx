'use client';
import { useState, type FormEvent } from 'react';
import { PlatformDirectoryDocument } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { useCursorPager, Pager } from '../pager';
import { Button, Card, Field, Table } from '../ui';
import { isUuid } from './labels';

export interface PickedOrganization {
  id: string;
  /** Known when picked from the directory. */
  name?: string;
}

const PAGE_SIZE = 10;

/**
 * Two more ways to an org besides the status lists: the public directory (ACTIVE orgs, by name) and a
 * pasted id (from a support request or the audit log).
 */
export function OrganizationFinder({ onPick }: { onPick: (picked: PickedOrganization) => void }) {
  const [idText, setIdText] = useState('');
  const [idError, setIdError] = useState<string>();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const pager = useCursorPager();
  const directory = useQuery(PlatformDirectoryDocument, { search, first: PAGE_SIZE, after: pager.after }, { skip: search === null });

  function openById(event: FormEvent) {
    event.preventDefault();
    const id = idText.trim();
    if (!isUuid(id)) {
      setIdError('Paste an organization id, e.g. 3f1c…-…; it is in the org’s audit log, the owner’s address bar or the erasure queue.');
      return;
    }
    setIdError(undefined);
    onPick({ id });
  }

  return (
    <Card title="Find an organization by id or name">
      <form onSubmit={openById} noValidate className="form-row" aria-label="Open an organization by id">
        <Field label="Organization id" name="organizationId" autoComplete="off" spellCheck={false} value={idText} onChange={(e) => setIdText(e.target.value)} error={idError} />
        <div className="field">
          <Button type="submit">Open</Button>
        </div>
      </form>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          pager.reset();
          setSearch(searchText.trim());
        }}
        noValidate
        className="form-row"
        aria-label="Search the directory"
      >
        <Field label="Search active organizations by name" name="search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        <div className="field">
          <Button type="submit" variant="secondary">Search</Button>
        </div>
      </form>
      {search !== null ? (
        <DataState
          loading={directory.loading}
          problem={directory.problem}
          data={directory.data?.organizationDirectory}
          isEmpty={(page) => page.nodes.length === 0}
          empty={<p>No active organization matches “{search}”.</p>}
          retry={() => void directory.refetch()}
          label="Searching…"
        >
          {(page) => (
            <>
              <Table caption="Active organizations">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Handle</th>
                    <th scope="col"><span className="visually-hidden">Open</span></th>
                  </tr>
                </thead>
                <tbody>
                  {page.nodes.map((org) => (
                    <tr key={org.id}>
                      <td>{org.name}</td>
                      <td>{org.slug}</td>
                      <td>
                        <Button variant="secondary" aria-label={`Open ${org.name}`} onClick={() => onPick({ id: org.id, name: org.name })}>
                          Open
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager label="Directory" page={pager.page} hasNext={page.pageInfo.hasNextPage} onNext={() => pager.next(page.pageInfo.endCursor)} onPrevious={pager.previous} busy={directory.loading} />
            </>
          )}
        </DataState>
      ) : null}
    </Card>
  );
}
