'use client';
import { useState, type FormEvent } from 'react';
import { PricingProposeContractDocument, type ContractSide } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { todayYmd } from '../billing/dates';
import { FormProblems } from '../data-state';
import { Button, Field, Notice, SelectField } from '../ui';
import { emptyTerms, termsInput, type TermsText } from './contract-terms';
import { ContractTermsFields } from './contract-terms-fields';
import { OrgSearch, type Counterparty } from './org-search';

/**
 * contracts.manage (OWNER): version 1 of a contract with another org. The side offered is the one
 * this org can take (a sponsor's members book; a host's experts sell); the graph checks both parties.
 */
export function ProposeContractForm({ organizationId, currency, sides, onProposed }: { organizationId: string; currency: string; sides: readonly ContractSide[]; onProposed: () => void }) {
  const [title, setTitle] = useState('');
  const [side, setSide] = useState<ContractSide>(sides[0] ?? 'SPONSOR');
  const [counterparty, setCounterparty] = useState<Counterparty | null>(null);
  const [terms, setTerms] = useState<TermsText>(() => emptyTerms(currency, todayYmd()));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [proposed, setProposed] = useState<string | null>(null);
  const [propose, { running }] = useMutation(PricingProposeContractDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProposed(null);
    errors.clear();
    const { input, problems } = termsInput(terms);
    if (!counterparty) problems['counterpartyOrganizationId'] = 'Choose the organization the contract is with.';
    setLocal(problems);
    if (!input || !counterparty) return;
    const payload = errors.take(await propose({ input: { organizationId, side, counterpartyOrganizationId: counterparty.id, title, terms: input } }), (data) => data.proposeContract);
    if (!payload?.contract) return;
    setProposed(`“${payload.contract.title}” proposed to ${counterparty.name}. It takes effect once they accept it.`);
    setTitle('');
    setCounterparty(null);
    setTerms(emptyTerms(currency, todayYmd()));
    onProposed();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="Propose a contract">
      <FormProblems messages={errors.general} />
      {proposed ? <Notice kind="success">{proposed}</Notice> : null}
      <div className="form-row">
        <Field label="Contract title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields['title']} hint="1–120 characters; both sides see it." />
        <SelectField
          label="Your side"
          value={side}
          onChange={(e) => setSide(e.target.value as ContractSide)}
          options={sides.map((value) => ({ value, label: value === 'SPONSOR' ? 'Sponsor (our members book)' : 'Host (our experts sell)' }))}
          error={errors.fields['side']}
        />
      </div>
      <OrgSearch excludeId={organizationId} needsHost={side === 'SPONSOR'} value={counterparty} onChange={setCounterparty} error={local['counterpartyOrganizationId'] ?? errors.fields['counterpartyOrganizationId']} />
      <ContractTermsFields idPrefix="propose" value={terms} onChange={setTerms} errors={errors.fields} local={local} />
      <div>
        <Button type="submit" busy={running}>Propose contract</Button>
      </div>
    </form>
  );
}
