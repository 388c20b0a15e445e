'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState, type FormEvent } from 'react';
import { AuthFrame, safeReturnTo } from '../../../components/auth-frame';
import { FormProblems, Loading } from '../../../components/data-state';
import { Button, Field } from '../../../components/ui';
import { SignInDocument, SsoCheckDocument, type SsoCheckQuery } from '../../../gql/graphql';
import { messageFor } from '../../../lib/error-messages';
import { execute, RequestFailed } from '../../../lib/graphql-request';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useMutation } from '../../../lib/use-graphql';

export default function SignInPage() {
  return (
    <Suspense fallback={<Loading />}>
      <SignIn />
    </Suspense>
  );
}

/** Email first: the domain check tells whether the person's org signs them in with SSO. */
function SignIn() {
  const returnTo = safeReturnTo(useSearchParams().get('returnTo'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sso, setSso] = useState<SsoCheckQuery['ssoCheck'] | null>(null);
  const [checking, setChecking] = useState(false);
  const [signIn, { running }] = useMutation(SignInDocument);
  const errors = useFormErrors();

  async function checkEmail(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setChecking(true);
    try {
      setSso((await execute(SsoCheckDocument, { email })).ssoCheck);
    } catch (error) {
      errors.fail(error instanceof RequestFailed ? messageFor(error.problem) : 'Something went wrong.');
    } finally {
      setChecking(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = errors.take(await signIn({ input: { email, password } }), (data) => data.signIn);
    // a full load, so every part of the dashboard starts from the new session
    if (payload) window.location.assign(returnTo);
  }

  const ssoHref = sso?.startPath ? `${sso.startPath}?returnTo=${encodeURIComponent(returnTo)}` : null;
  return (
    <AuthFrame title="Sign in" footer={<>New to Guildhall? <Link href="/sign-up">Create an account</Link></>}>
      <FormProblems messages={errors.general} />
      {!sso ? (
        <form onSubmit={checkEmail} noValidate>
          <Field label="Work email" type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields['email']} />
          <Button type="submit" busy={checking}>Continue</Button>
        </form>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="Work email" type="email" name="email" autoComplete="username" value={email} readOnly />
          {ssoHref ? (
            <p>
              <a className="button primary" href={ssoHref}>Continue with SSO</a>
            </p>
          ) : null}
          {sso.enforced ? (
            <p className="muted">Your organization signs you in with single sign-on.</p>
          ) : (
            <>
              <Field label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={errors.fields['password']} />
              <Button type="submit" busy={running} variant={ssoHref ? 'secondary' : 'primary'}>Sign in with password</Button>
            </>
          )}
          <Button variant="link" onClick={() => setSso(null)}>Use another email</Button>
        </form>
      )}
    </AuthFrame>
  );
}
