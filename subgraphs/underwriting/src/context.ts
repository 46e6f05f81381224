import type { BaseContext } from '@anze/server-kit';
import type { UnderwritingConfig } from './config.ts';

export interface UnderwritingContext extends BaseContext {
  config: UnderwritingConfig;
}
