import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@newsflow/config';
import { APP_CONFIG } from '@newsflow/platform';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Mutating routes need X-API-Key when API_KEY is configured; without API_KEY the service is meant for localhost. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.API_KEY;
    if (!expected) return true;
    const given = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['x-api-key'];
    if (typeof given === 'string' && timingSafeEqual(digest(given), digest(expected))) return true;
    throw new UnauthorizedException('This route requires a valid X-API-Key header');
  }
}
