import { z } from 'zod';
import { iinSchema, localizedSchema } from '../contract-common';
import type { Person } from './port';

export const personSchema: z.ZodType<Person> = z.object({
  iin: iinSchema,
  surname: z.string().min(1),
  name: z.string().min(1),
  patronymic: z.string().min(1).nullable(),
  birthDate: z.iso.date(),
  sex: z.enum(['male', 'female']),
  citizenship: z.string().regex(/^[A-Z]{2}$/),
  registeredAddress: z.object({
    regionCode: z.string().min(1),
    region: localizedSchema,
    locality: localizedSchema,
    street: localizedSchema,
    house: z.string().min(1),
    apartment: z.string().min(1).nullable(),
    full: localizedSchema,
  }),
  document: z
    .object({
      type: z.enum(['id_card', 'passport', 'residence_permit', 'birth_certificate']),
      number: z.string().min(1),
      issuedOn: z.iso.date(),
      validUntil: z.iso.date().nullable(),
      issuer: localizedSchema,
    })
    .nullable(),
});
