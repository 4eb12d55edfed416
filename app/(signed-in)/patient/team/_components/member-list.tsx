'use client';
/** The team's members: name, profession, facility, owners marked; owners may remove others. */
import type { MemberDoc } from '@/lib/schemas/care-team';
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';
import { RemoveMemberButton } from './remove-member-button';

export function MemberList(props: { patientId: string; team: MemberDoc[]; meId: string; canManage: boolean }) {
  const directory = useDirectory();
  const { t } = useI18n();
  const kanaOf = (member: MemberDoc) => directory.get(member.userId)?.displayNameKana ?? '';
  const sorted = [...props.team].sort((a, b) =>
    a.role === b.role ? kanaOf(a).localeCompare(kanaOf(b), 'ja') : a.role === 'owner' ? -1 : 1,
  );
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('team.members', { count: sorted.length })}</h2>
      <ul className="member-list">
        {sorted.map((member) => {
          const entry = directory.get(member.userId);
          const name = entry?.displayName ?? t('person.unknown');
          return (
            <li key={member.userId} className="member-row">
              <div>
                <div className="member-name">
                  {name}
                  {member.userId === props.meId && <span className="hint"> {t('team.you')}</span>}
                  {member.role === 'owner' && <span className="badge badge-owner">{t('team.owner')}</span>}
                </div>
                {entry && (
                  <div className="hint">
                    {t(`profession.${entry.profession}`)} · {entry.facilityName}
                  </div>
                )}
              </div>
              {props.canManage && member.userId !== props.meId && (
                <RemoveMemberButton patientId={props.patientId} userId={member.userId} name={name} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
