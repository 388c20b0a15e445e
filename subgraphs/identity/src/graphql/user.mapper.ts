import type { UserRecord } from '../entities/user.entity.js';
import type { User } from './user.type.js';

export const toUser = (record: UserRecord): User => ({ id: record.id, email: record.email, name: record.name, createdAt: record.createdAt, platformAdmin: record.platformAdmin });
