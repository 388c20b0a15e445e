'use client';
import { useState, type FormEvent } from 'react';
import { PricingAmendContractDocument, type PricingTermsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button } from '../ui';
import { termsInput, termsText, type TermsText } from './contract-terms';
import { ContractTermsFields } from './contract-terms-fields';

/** contracts.manage: the next version, starting from the latest terms; the other side accepts it or not. */
export function AmendContractForm({ organizationId, contractId, from, onDone, onClose }: { organizationId: string; contractId: string; from: PricingTermsFragment; onDone: (message: string) => void; onClose: () => void }) {
  const [terms, setTerms] = useState<TermsText>(() => termsText(from));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [amend, { running }] = useMutation(PricingAmendContractDocument);
  const errors = useFormErrors();
  const expertRates = from.rates.filter((rate) => rate.expertUserId).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const { input, problems } = termsInput(terms);
    setLocal(problems);
    if (!input) return;
    const payload = errors.take(await amend({ input: { organizationId, contractId, terms: input } }), (data) => data.amendContract);
    if (payload?.contract) onDone('Amendment proposed. It applies once the other side accepts it.');
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="Propose an amendment">
      <FormProblems messages={errors.general.concat(errors.fields['contractId'] ?? [], errors.fields['organizationId'] ?? [])} />
      {expertRates ? <p className="muted">The current terms have {expertRates} per-expert rate{expertRates === 1 ? '' : 's'}, which this form does not carry over.</p> : null}
      <ContractTermsFields idPrefix={`amend-${contractId}`} value={terms} onChange={setTerms} errors={errors.fields} local={local} />
      <div className="page-actions">
        <Button type="submit" busy={running}>Propose amendment</Button>
        <Button variant="secondary" onClick={onClose}>Close</Button>
      </div>
    </form>
  );
}
