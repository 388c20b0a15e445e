'use client';
import { ErasureQueue } from '../../../../components/platform/erasure-queue';

export default function PlatformErasurePage() {
  return <ErasureQueue />;
}
