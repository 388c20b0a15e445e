'use client';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { AcceptInvitation } from '../../../components/members/accept-invitation';
import { Loading } from '../../../components/data-state';

/** Public: the link in the invitation email (`/invitations/accept?token=…`), signed in or not; no app shell. */
export default function AcceptInvitationPage() {
  return (
    <Suspense fallback={<Loading />}>
      <AcceptWithToken />
    </Suspense>
  );
}

function AcceptWithToken() {
  const token = useSearchParams().get('token')?.trim() ?? '';
  return <AcceptInvitation token={token} />;
}
