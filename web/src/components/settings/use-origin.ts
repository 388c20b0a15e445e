'use client';
import { useEffect, useState } from 'react';

/** The dashboard's origin, known only in the browser (empty during the server render). */
export function useOrigin(): string {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}
