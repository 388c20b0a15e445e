import { teardownTestDatabase } from '@guildhall/testkit';

export default teardownTestDatabase;
