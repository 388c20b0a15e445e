'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormProblems } from '../../../../components/data-state';
import { Button, Field, PageHeader } from '../../../../components/ui';
import { CreateOrganizationDocument } from '../../../../gql/graphql';
import { useSession } from '../../../../lib/session';
import { useFormErrors } from '../../../../lib/use-form-errors';
import { useMutation } from '../../../../lib/use-graphql';

export default function NewOrganizationPage() {
  const router = useRouter();
  const session = useSession();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [create, { running }] = useMutation(CreateOrganizationDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = errors.take(await create({ input: { name, slug: slug || null } }), (data) => data.createOrganization);
    if (!payload?.organization) return;
    await session.refresh();
    session.switchTo(payload.organization.id);
    router.push('/');
  }

  return (
    <>
      <PageHeader title="New organization" description="You become its owner. Invite your team next." />
      <form onSubmit={submit} noValidate className="form narrow">
        <FormProblems messages={errors.general} />
        <Field label="Organization name" name="name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.fields['name']} />
        <Field label="URL handle (optional)" name="slug" value={slug} onChange={(e) => setSlug(e.target.value)} error={errors.fields['slug']} hint="Lowercase letters, digits and dashes; made from the name when left empty." />
        <Button type="submit" busy={running}>Create organization</Button>
      </form>
    </>
  );
}
