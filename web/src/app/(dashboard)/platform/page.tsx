'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { Loading } from '../../../components/data-state';
import { OrganizationFinder, type PickedOrganization } from '../../../components/platform/organization-finder';
import { OrganizationPanel } from '../../../components/platform/organization-panel';
import { OrganizationQueue } from '../../../components/platform/organization-queue';
import { isUuid } from '../../../components/platform/labels';

export default function PlatformOrganizationsPage() {
  // the chosen org is in the address (?org=), so the erasure queue can link to an ownerless org
  return (
    <Suspense fallback={<Loading />}>
      <Organizations />
    </Suspense>
  );
}

function Organizations() {
  const params = useSearchParams();
  const router = useRouter();
  const fromUrl = params.get('org');
  // what the list knew when it picked (the name); lost on reload
  const [picked, setPicked] = useState<PickedOrganization | null>(null);
  const current = fromUrl && isUuid(fromUrl) ? (picked?.id === fromUrl ? picked : { id: fromUrl }) : null;
  const open = (org: PickedOrganization) => {
    setPicked(org);
    router.push(`/platform?org=${encodeURIComponent(org.id)}`);
  };
  if (!current) {
    return (
      <>
        <OrganizationQueue onPick={open} />
        <OrganizationFinder onPick={open} />
      </>
    );
  }
  // keyed by id: another org starts with a clean slate (no status or account of the previous one)
  return <OrganizationPanel key={current.id} picked={current} onClose={() => router.push('/platform')} />;
}
