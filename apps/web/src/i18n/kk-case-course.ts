// Issue 15 «course of the case»: the judge's control on the court's case page
// (courts/case-course-control.tsx). ru-case-course.ts must match this shape.
export const kkCaseCourse = {
  title: 'Іс барысы',
  status: 'Істің мәртебесі',
  intro: 'Істің мәртебесіне қарай мүмкін әрекеттер. Шешім сот актісіне қол қойылғанда, ал іс мұрағатқа тапсырылғанда өзі өзгереді.',
  hearingAt: 'Сот отырысының күні мен уақыты (сот уақытымен)',
  hearingRequired: 'Сот отырысының күні мен уақытын енгізіңіз',
  nextHearing: 'Келесі сот отырысы: {{at}}',
  hearingOf: 'сот отырысы: {{at}}',
  done: 'Сақталды',
  actions: {
    accept: 'Іс жүргізуге қабылдау',
    scheduleHearing: 'Сот отырысын тағайындау',
    holdHearing: 'Сот отырысы өткізілді деп белгілеу',
    suspend: 'Іс жүргізуді тоқтата тұру',
    resume: 'Іс жүргізуді қайта бастау',
    return: 'Талап арызды қайтару',
    leaveWithoutConsideration: 'Қараусыз қалдыру',
    terminate: 'Іс жүргізуді тоқтату',
  },
  confirm: 'Растайсыз ба? Бұл әрекет істің барысына жазылады.',
  yes: 'Иә',
  no: 'Жоқ',
};
