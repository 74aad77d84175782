// ISSUE-13 item 3: words for what screens used to show as codes (the
// distribution rule, the dashboard's zone, the journal's details and system
// actors). ru-strings.ts must match this shape.
export const kkStrings = {
  dist: {
    rules: 'Бөлу ережелері, {{version}}-редакция',
    noRule: 'Бөлу ережесі жоқ',
  },
  dashboard: { zone: 'Күндер Қазақстан уақытымен (Алматы) есептеледі' },
  actor: {
    court_system: 'Соттардың ақпараттық жүйесі',
    erap: 'ЕРАП',
  },
  journalDetail: {
    ip: 'IP мекенжайы',
    reason: 'Себебі',
    registrationNumber: 'Тіркеу нөмірі',
    erapFineId: 'ЕРАП айыппұл нөмірі',
    lastDay: 'Төлеудің соңғы күні',
    expiresAt: 'Мерзімі аяқталады',
    bin: 'БСН',
    previousBin: 'Бұрынғы БСН',
    days: 'Күндер',
    users: 'Пайдаланушылар',
    limit: 'Шегі',
    count: 'Саны',
    version: 'Нұсқа',
    amountTiyn: 'Сомасы',
    paidAt: 'Төленген уақыты',
    at: 'Уақыты',
    number: 'Нөмірі',
  },
  journalDetailsMore: 'тағы {{n}} техникалық мәлімет',
};
