import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { AuditService } from './services/audit.service.js';

/** Also read by the schema printer. */
export const auditResolvers = [AuditResolver];

/**
 * The audit log of security-relevant events. Global, so any feature records
 * an event by injecting AuditService without importing this module (and
 * without import cycles: it depends on nothing but the database).
 */
@Global()
@Module({
  providers: [AuditRepository, AuditService, ...auditResolvers],
  exports: [AuditService],
})
export class AuditModule {}
