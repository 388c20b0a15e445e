'use client';
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { UpdateOrganizationProfileDocument, type SettingsProfileQuery } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice } from '../ui';
import { changesOf, initialValues, type ProfileSection, type ProfileValues } from './profile-values';
import styles from './settings.module.css';
import { onlyRolesMay } from './who-may';

type Org = SettingsProfileQuery['organization'];

const SECTION_CAPABILITY = { identity: 'organization.update', billing: 'billing.manage', tax: 'organization.tax.manage' } as const;
const SECTION_WHAT: Record<ProfileSection, string> = {
  identity: 'change the name, logo and time zone',
  billing: 'change the billing contact and payment terms',
  tax: 'change the tax identity (GST details)',
};
/** Which input a userError's field path lands on, when the form's names differ from the graph's. */
const ERROR_KEY: Partial<Record<keyof ProfileValues, string>> = {
  line1: 'registeredAddress.line1',
  line2: 'registeredAddress.line2',
  city: 'registeredAddress.city',
  stateCode: 'registeredAddress.stateCode',
  postalCode: 'registeredAddress.postalCode',
  addressCountry: 'registeredAddress.country',
};

/** Each role edits its own fields (the server's allow-list); the rest are read-only, saying why. */
export function ProfileForm({ org, membership, onSaved }: { org: Org; membership: Membership; onSaved: () => Promise<void> }) {
  const before = useMemo(() => initialValues(org), [org]);
  const [values, setValues] = useState(before);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [update, { running }] = useMutation(UpdateOrganizationProfileDocument);
  const errors = useFormErrors();
  // a refetch after saving brings the stored (normalised) values back into the form
  useEffect(() => setValues(before), [before]);
  const suspended = org.status === 'SUSPENDED';
  const editable: Record<ProfileSection, boolean> = {
    identity: !suspended && can(membership, SECTION_CAPABILITY.identity),
    billing: !suspended && can(membership, SECTION_CAPABILITY.billing),
    tax: !suspended && can(membership, SECTION_CAPABILITY.tax),
  };
  const finance = org.paymentTermsDays !== undefined; // tax and billing fields were readable
  const timezones = useMemo(() => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    errors.clear();
    const { input, problems } = changesOf(before, values, editable);
    setLocal(problems);
    if (Object.keys(problems).length) return;
    if (!Object.keys(input).length) return setMessage('Nothing changed.');
    const payload = errors.take(await update({ input: { organizationId: org.id, ...input } }), (data) => data.updateOrganization);
    if (!payload) return;
    setMessage('Profile saved.');
    await onSaved();
  }

  const field = (key: keyof ProfileValues, label: string, section: ProfileSection, extra: { hint?: ReactNode; type?: string; inputMode?: 'email' | 'numeric' | 'url'; autoComplete?: string; list?: string; maxLength?: number; placeholder?: string; readOnlyPlaceholder?: string } = {}) => (
    <Field
      label={label}
      name={key}
      value={values[key]}
      onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
      readOnly={!editable[section]}
      aria-readonly={!editable[section] || undefined}
      placeholder={editable[section] ? extra.placeholder : (extra.readOnlyPlaceholder ?? 'Not set')}
      error={errors.fields[ERROR_KEY[key] ?? key] ?? local[key]}
      hint={editable[section] ? extra.hint : undefined}
      type={extra.type}
      inputMode={extra.inputMode}
      autoComplete={extra.autoComplete ?? 'off'}
      list={editable[section] ? extra.list : undefined}
      maxLength={extra.maxLength}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="form">
      {suspended ? <Notice kind="warning">This organization is suspended: its profile is read-only until the platform reactivates it.</Notice> : null}
      <FormProblems messages={errors.general} />
      <Section legend="Organization" editable={editable.identity} reason={suspended ? null : onlyRolesMay(SECTION_CAPABILITY.identity, SECTION_WHAT.identity)}>
        <div className="form-row">
          {field('name', 'Organization name', 'identity')}
          {field('timezone', 'Time zone', 'identity', { list: 'settings-timezones', hint: 'An IANA name such as Asia/Kolkata; billing periods end in it.' })}
        </div>
        {field('logoUrl', 'Logo URL', 'identity', { type: 'url', inputMode: 'url', placeholder: 'https://…', hint: 'An https:// address of an image.' })}
        <datalist id="settings-timezones">
          {timezones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </Section>
      {finance ? (
        <>
          <Section legend="Billing contact" editable={editable.billing} reason={suspended ? null : onlyRolesMay(SECTION_CAPABILITY.billing, SECTION_WHAT.billing)}>
            <div className="form-row">
              {field('billingEmail', 'Billing email', 'billing', { type: 'email', inputMode: 'email', hint: 'Invoices and payment reminders go here.' })}
              {field('paymentTermsDays', 'Payment terms (days)', 'billing', { inputMode: 'numeric', hint: '0 to 180 days after the invoice date.' })}
            </div>
          </Section>
          <Section legend="Tax identity (GST)" editable={editable.tax} reason={suspended ? null : onlyRolesMay(SECTION_CAPABILITY.tax, SECTION_WHAT.tax)}>
            <div className="form-row">
              {field('legalName', 'Legal name', 'tax', { hint: 'As registered for GST.' })}
              {field('country', 'Country', 'tax', { maxLength: 2, hint: 'Two-letter ISO code, such as IN.' })}
            </div>
            <div className="form-row">
              {field('gstin', 'GSTIN', 'tax', { maxLength: 15, hint: '15 characters, such as 27AAPFU0939F1ZV. Its PAN and state must match the ones below.' })}
              {field('pan', 'PAN', 'tax', {
                maxLength: 10,
                placeholder: org.panLast4 ? `••••••${org.panLast4}` : 'Not set',
                readOnlyPlaceholder: org.panLast4 ? `••••••${org.panLast4}` : 'Not set',
                hint: org.panLast4 ? `Stored encrypted; the current one ends in ${org.panLast4}. Leave empty to keep it.` : 'Stored encrypted; only its last four characters are shown afterwards.',
              })}
              {field('msmeUdyam', 'MSME Udyam number', 'tax', { hint: 'Like UDYAM-MH-26-0012345 (optional).' })}
            </div>
            <fieldset aria-describedby={errors.fields['registeredAddress'] ? 'settings-address-error' : undefined}>
              <legend>Registered address</legend>
              {errors.fields['registeredAddress'] ? <p id="settings-address-error" className="field-error" role="alert">{errors.fields['registeredAddress']}</p> : null}
              {field('line1', 'Address line 1', 'tax', { autoComplete: 'address-line1' })}
              {field('line2', 'Address line 2', 'tax', { autoComplete: 'address-line2' })}
              <div className="form-row">
                {field('city', 'City', 'tax', { autoComplete: 'address-level2' })}
                {field('stateCode', 'GST state code', 'tax', { maxLength: 2, inputMode: 'numeric', hint: 'Two digits, such as 27 for Maharashtra (Indian addresses).' })}
                {field('postalCode', 'PIN / postal code', 'tax', { autoComplete: 'postal-code' })}
                {field('addressCountry', 'Address country', 'tax', { maxLength: 2, hint: 'Empty: the country above.' })}
              </div>
            </fieldset>
          </Section>
        </>
      ) : (
        <p className="muted">Billing and tax details are shown to finance roles only.</p>
      )}
      {message ? <Notice kind={message === 'Nothing changed.' ? 'info' : 'success'}>{message}</Notice> : null}
      {Object.values(editable).some(Boolean) ? (
        <div>
          <Button type="submit" busy={running}>Save profile</Button>
        </div>
      ) : null}
    </form>
  );
}

/** A group of fields; when the role cannot change it, the reason is read with the group. */
function Section({ legend, editable, reason, children }: { legend: string; editable: boolean; reason: string | null; children: ReactNode }) {
  const id = useId();
  const readOnly = !editable && reason;
  return (
    <fieldset aria-describedby={readOnly ? id : undefined} className={editable ? undefined : styles.readOnly}>
      <legend>{legend}</legend>
      {readOnly ? (
        <p id={id} className="hint">
          Read-only for you: {reason}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
