import { z } from 'zod';
import { PositionSchema } from '../../../http/contract/common.schemas';
import { named } from '../../../http/contract/contract-registry';

export const NotificationSettingsRecordedSchema = named(
  'NotificationSettingsRecorded',
  z.object({ position: PositionSchema }),
  { description: 'The settings were recorded', example: { position: '120' } },
);
