import type { JournalActor } from '@oryndau/db';
import { insertSurveyAnswer, listLicensingApplications, surveyFigures } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { APPLICATION_OBJECT, LICENSOR_ZONE, requireOwnApplication } from './licensing-store';
import type { LicensingDeps } from './licensing-store';

/** LIC-6 (seed §14, appendix 3): after the result, the applicant answers the two questions once (3-point scale). */
export async function answerSurvey(deps: LicensingDeps, subject: Subject, actor: JournalActor, id: string,
  answers: { process: number; information: number }): Promise<void> {
  if (!licensing.isSurveyScore(answers.process) || !licensing.isSurveyScore(answers.information)) {
    throw new DomainError(ErrorCode.validation, { fields: ['process', 'information'] });
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const a = await requireOwnApplication(tx, subject, id, { lock: true });
    if (!licensing.LICENSING_FINAL.includes(a.status)) throw new DomainError(ErrorCode.licensingApplicationState);
    if (!(await insertSurveyAnswer(tx, { applicationId: id, process: answers.process, information: answers.information, at: now }))) {
      throw new DomainError(ErrorCode.licensingSurveyAnswered);
    }
    tx.journal({ at: now, actor, action: 'licensing.survey_answered', objectType: APPLICATION_OBJECT, objectId: id, subjectIin: a.applicantIin,
      details: { process: answers.process, information: answers.information } });
  });
}

/** LIC-6: the licensor's dashboard — answers per score, mean, and the share of applications decided in time (LIC-5). No personal data. */
export async function surveyDashboard(deps: LicensingDeps, subject: Subject) {
  if (!can(subject, 'licensing.dashboard', undefined)) throw new DomainError(ErrorCode.forbidden);
  const f = await surveyFigures(deps.db, LICENSOR_ZONE);
  const overdue = (await listLicensingApplications(deps.db, { overdueOnly: true, statuses: licensing.LICENSING_PENDING })).length;
  const answers = f.process[1] + f.process[2] + f.process[3];
  return {
    answers,
    process: { ...f.process, mean: licensing.meanScore(f.process) },
    information: { ...f.information, mean: licensing.meanScore(f.information) },
    decided: f.decided.length,
    shareDecidedInTime: licensing.shareDecidedInTime(f.decided),
    byStatus: f.byStatus,
    overdue,
  };
}
