import { commands } from './commands';
import { createDataProvider } from './createDataProvider';
import { registry } from './registry';

export const dataProvider = createDataProvider(registry, commands);
