import { bootstrapStageApp } from '@newsflow/platform';
import { QuotesModule } from './quotes.module';

void bootstrapStageApp('quotes', (config) => QuotesModule.register(config), (config) => config.QUOTES_PORT);
