'use client';
import { MaintenanceList } from '../../../../components/platform/maintenance-list';

export default function PlatformMaintenancePage() {
  return <MaintenanceList />;
}
