'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { AcceptInvitationDocument, InvitationPreviewDocument, SessionDocument, SignOutDocument } from '../../gql/graphql';
import { execute } from '../../lib/graphql-request';
import { useSession } from '../../lib/session';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { AuthFrame } from '../auth-frame';
import { DataState, FormProblems, Loading } from '../data-state';
import { Button, Notice } from '../ui';
import { InvitationPreviewDetails, unusableMessage } from './invitation-preview-details';

const FOOTER = <>Invitations expire after 14 days. Not expecting one? Ignore the email.</>;

/**
 * The public accept page's body, outside the app shell: the preview for whoever holds the link,
 * then sign in / sign up (coming back here) or, signed in, accept and land in the org.
 */
export function AcceptInvitation({ token }: { token: string }) {
  const preview = useQuery(InvitationPreviewDocument, { token }, { skip: !token });
  if (!token) {
    return (
      <AuthFrame title="Invitation" footer={FOOTER}>
        <Notice kind="error"><p>This link has no invitation in it. Open the link from your invitation email again, all of it.</p></Notice>
      </AuthFrame>
    );
  }
  const found = preview.data?.invitationPreview;
  return (
    <AuthFrame title={found?.status === 'PENDING' ? `Join ${found.organizationName}` : 'Invitation'} footer={FOOTER}>
      <DataState loading={preview.loading} problem={preview.problem} data={preview.data} retry={() => void preview.refetch()} label="Opening the invitation…">
        {({ invitationPreview }) => {
          if (!invitationPreview) {
            return <Notice kind="error"><p>This invitation link is not valid. Check that you opened the whole link from the email, or ask for a new invitation.</p></Notice>;
          }
          const unusable = unusableMessage(invitationPreview);
          if (unusable) return <Notice kind="warning"><p>{unusable}</p></Notice>;
          return (
            <>
              <InvitationPreviewDetails preview={invitationPreview} />
              <AcceptStep token={token} />
            </>
          );
        }}
      </DataState>
    </AuthFrame>
  );
}

function AcceptStep({ token }: { token: string }) {
  const session = useSession();
  const router = useRouter();
  const [accept, { running }] = useMutation(AcceptInvitationDocument);
  const [signOut, signingOut] = useMutation(SignOutDocument);
  const [joinedWithoutOrg, setJoinedWithoutOrg] = useState(false);
  const errors = useFormErrors();
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  if (session.viewer === undefined) {
    return <Loading label="Checking whether you are signed in…" />;
  }
  if (session.viewer === null) {
    const returnTo = encodeURIComponent(here);
    return (
      <>
        <p>Sign in with the email address the invitation was sent to, or create an account with it.</p>
        <Link className="button primary" href={`/sign-in?returnTo=${returnTo}`}>Sign in to accept</Link>
        <Link className="button secondary" href={`/sign-up?returnTo=${returnTo}`}>Create an account</Link>
      </>
    );
  }
  const viewer = session.viewer;

  async function acceptIt() {
    setJoinedWithoutOrg(false);
    const payload = errors.take(await accept({ input: { token } }), (data) => data.acceptInvitation);
    if (!payload?.membership) return;
    // the payload cannot name the org yet (this request's memberships predate it): find it in a fresh session
    const membershipId = payload.membership.id;
    const organizationId = await joinedOrganization(membershipId);
    await session.refresh();
    if (!organizationId) {
      setJoinedWithoutOrg(true);
      return;
    }
    session.switchTo(organizationId);
    router.push('/');
  }

  const tokenError = errors.fields['token'];
  return (
    <>
      {joinedWithoutOrg ? <Notice kind="success"><p>You joined. <Link href="/">Open the dashboard</Link> and choose the organization in the switcher.</p></Notice> : null}
      <FormProblems messages={errors.general} />
      {tokenError ? (
        <Notice kind="error">
          <p>{tokenError}</p>
          <p>You are signed in as {viewer.email}.</p>
          <Button
            variant="secondary"
            busy={signingOut.running}
            onClick={async () => {
              await signOut({});
              // a full load of this page, signed out: it offers sign in and sign up again
              window.location.assign(here);
            }}
          >
            Sign out and use another account
          </Button>
        </Notice>
      ) : (
        <p>Signed in as {viewer.name} ({viewer.email}).</p>
      )}
      <Button busy={running} onClick={() => void acceptIt()}>Accept invitation</Button>
    </>
  );
}

/** The org of a membership just created, from the session (its list follows the new membership). */
async function joinedOrganization(membershipId: string): Promise<string | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const { viewer } = await execute(SessionDocument, {});
      const org = viewer?.organizations.find((candidate) => candidate.viewerMembership?.id === membershipId);
      if (org) return org.id;
    } catch {
      // tried again below; the person still sees they joined
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return null;
}
