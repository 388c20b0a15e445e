'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState, type FormEvent } from 'react';
import { AuthFrame, safeReturnTo } from '../../../components/auth-frame';
import { FormProblems, Loading } from '../../../components/data-state';
import { Button, Field } from '../../../components/ui';
import { SignUpDocument } from '../../../gql/graphql';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMutation } from '../../../lib/use-graphql';

export default function SignUpPage() {
  return (
    <Suspense fallback={<Loading />}>
      <SignUp />
    </Suspense>
  );
}

function SignUp() {
  const returnTo = safeReturnTo(useSearchParams().get('returnTo'));
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [signUp, { running }] = useMutation(SignUpDocument);
  const errors = useFormErrors();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = errors.take(await signUp({ input: form }), (data) => data.signUp);
    if (payload) window.location.assign(returnTo);
  }

  return (
    <AuthFrame title="Create your account" footer={<>Already have an account? <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>Sign in</Link></>}>
      <FormProblems messages={errors.general} />
      <form onSubmit={submit} noValidate>
        <Field label="Your name" name="name" autoComplete="name" required value={form.name} onChange={set('name')} error={errors.fields['name']} />
        <Field label="Work email" type="email" name="email" autoComplete="email" required value={form.email} onChange={set('email')} error={errors.fields['email']} />
        <Field label="Password" type="password" name="password" autoComplete="new-password" required value={form.password} onChange={set('password')} error={errors.fields['password']} hint="At least 10 characters." />
        <Button type="submit" busy={running}>Create account</Button>
      </form>
    </AuthFrame>
  );
}
