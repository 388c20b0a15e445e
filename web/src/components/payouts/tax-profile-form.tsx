'use client';
import { useState, type FormEvent } from 'react';
import { PayoutSetTaxProfileDocument, type MsmeStatus, type PayoutTaxProfileFieldsFragment, type TdsSection } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, SelectField } from '../ui';
import { TDS_LABEL, type PayeeScope } from './payee';

const SECTIONS = (Object.keys(TDS_LABEL) as TdsSection[]).map((value) => ({ value, label: TDS_LABEL[value] }));
const MSME: readonly { value: MsmeStatus; label: string }[] = [
  { value: 'NONE', label: 'Not an MSME' },
  { value: 'MICRO', label: 'Micro' },
  { value: 'SMALL', label: 'Small' },
  { value: 'MEDIUM', label: 'Medium' },
];

/** The whole profile is replaced at once; the server answers every problem together, under its field. */
export function TaxProfileForm({ scope, profile, onSaved, onCancel }: { scope: PayeeScope; profile: PayoutTaxProfileFieldsFragment; onSaved: () => void; onCancel: () => void }) {
  const [section, setSection] = useState<TdsSection>(profile.tdsSection);
  const [panOnFile, setPanOnFile] = useState(profile.panOnFile);
  const [treaty, setTreaty] = useState(profile.treatyRateBps === null ? '' : String(profile.treatyRateBps / 100));
  const [country, setCountry] = useState(profile.residencyCountry);
  const [purposeCode, setPurposeCode] = useState(profile.purposeCode ?? '');
  const [msme, setMsme] = useState<MsmeStatus>(profile.msmeStatus);
  const [agreement, setAgreement] = useState(profile.msmeWrittenAgreement);
  const [treatyError, setTreatyError] = useState<string | undefined>();
  const [save, { running }] = useMutation(PayoutSetTaxProfileDocument);
  const errors = useFormErrors();
  const abroad = country.trim().toUpperCase() !== 'IN';
  const smallEnterprise = msme === 'MICRO' || msme === 'SMALL';

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    let treatyRateBps: number | null = null;
    if (section === 'SECTION_195' && treaty.trim()) {
      // typed as a percentage, sent in basis points
      treatyRateBps = /^\d+(\.\d{1,2})?$/.test(treaty.trim()) ? Math.round(Number(treaty.trim()) * 100) : null;
      if (treatyRateBps === null) return setTreatyError('Enter a percentage, like 10 or 12.5, or leave it empty.');
    }
    setTreatyError(undefined);
    const payload = errors.take(
      await save({
        input: {
          payee: scope.payee,
          tdsSection: section,
          panOnFile,
          treatyRateBps,
          residencyCountry: country.trim().toUpperCase(),
          // fields that only apply abroad or to small enterprises are sent empty when hidden
          purposeCode: abroad ? purposeCode.trim().toUpperCase() || null : null,
          msmeStatus: msme,
          msmeWrittenAgreement: smallEnterprise ? agreement : false,
        },
      }),
      (data) => data.setPayeeTaxProfile,
    );
    if (payload) onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Edit tax profile">
      <FormProblems messages={[...errors.general, ...(errors.fields['payee.id'] ? [errors.fields['payee.id']] : [])]} />
      <Field label="Country of tax residence" value={country} maxLength={2} onChange={(e) => setCountry(e.target.value)} hint="Two letters, e.g. IN or SG." error={errors.fields['residencyCountry']} />
      <SelectField label="TDS section" value={section} onChange={(e) => setSection(e.target.value as TdsSection)} options={SECTIONS} error={errors.fields['tdsSection']} />
      <label className="checkbox">
        <input type="checkbox" checked={panOnFile} onChange={(e) => setPanOnFile(e.target.checked)} /> A valid PAN is on file
      </label>
      {section === 'SECTION_195' ? (
        <Field label="Treaty (DTAA) rate, % (optional)" inputMode="decimal" value={treaty} onChange={(e) => setTreaty(e.target.value)} hint="With a tax residency certificate on file." error={treatyError ?? errors.fields['treatyRateBps']} />
      ) : null}
      {abroad ? <Field label="RBI purpose code" value={purposeCode} onChange={(e) => setPurposeCode(e.target.value)} hint="e.g. S0802; required for payees outside India." error={errors.fields['purposeCode']} /> : null}
      <SelectField label="MSME (Udyam) status" value={msme} onChange={(e) => setMsme(e.target.value as MsmeStatus)} options={MSME} error={errors.fields['msmeStatus']} />
      {smallEnterprise ? (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={agreement} onChange={(e) => setAgreement(e.target.checked)} /> A written agreement allows payment within 45 days
          </label>
          {errors.fields['msmeWrittenAgreement'] ? <small className="field-error" role="alert">{errors.fields['msmeWrittenAgreement']}</small> : null}
        </div>
      ) : null}
      <div className="form-row">
        <Button type="submit" busy={running}>Save tax profile</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
