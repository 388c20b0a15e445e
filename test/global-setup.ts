import { setupTestDatabase } from '@guildhall/testkit';

export default setupTestDatabase;
