/** Currencies executive documents come in (ENF-1); KZT needs no exchange rate. */
export const currencies = ['KZT', 'USD', 'EUR', 'RUB', 'CNY', 'KGS', 'UZS'] as const;
